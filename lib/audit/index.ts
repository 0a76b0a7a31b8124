// The audit log's public surface. Append-only by construction: there is a way to add an entry
// and a way to read them, and nothing that changes or removes one.
export { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditAction, type AuditTargetType } from "./actions";
export { encodeTimeIdCursor } from "./cursor";
export { listAuditEntries, type AuditEntry } from "./list";
export {
  ADMIN_CLI_ACTOR,
  actorOf,
  recordAudit,
  type AuditActor,
  type AuditEntryInput,
  type AuditSnapshot,
  type AuditWriter,
} from "./record";
export { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX, auditQuery, type AuditQuery } from "./schemas";
