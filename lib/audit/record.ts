// Writing audit entries. The log is append-only: this module (and the whole app) only ever
// creates AuditLog rows. Call recordAudit with the same handle that makes the change, inside the
// change's transaction, so an entry exists exactly when its change does.
import type { DbTransaction } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import type { AuditAction, AuditTargetType } from "./actions";

/** Who did it: a user (id and their name at the time) or the admin CLI (no id). */
export type AuditActor = { id: string | null; label: string };

export const ADMIN_CLI_ACTOR: AuditActor = Object.freeze({ id: null, label: "admin CLI" });

export const actorOf = (viewer: SignedInViewer): AuditActor => ({ id: viewer.userId, label: viewer.name });

/** State before or after the change: plain JSON (Dates become ISO strings). Never secrets. */
export type AuditSnapshot = Record<string, unknown>;

export type AuditEntryInput = {
  actor: AuditActor;
  action: AuditAction;
  target: { type: AuditTargetType; id: string };
  before?: AuditSnapshot | null;
  after?: AuditSnapshot | null;
};

/** Anything that can create an AuditLog row: a transaction, or the client for lone events. */
export type AuditWriter = Pick<DbTransaction, "auditLog">;

const snapshot = (value: AuditSnapshot | null | undefined) => (value ? JSON.stringify(value) : null);

const rowOf = (entry: AuditEntryInput, at: Date) => ({
  at,
  actorId: entry.actor.id,
  actorLabel: entry.actor.label.slice(0, 200) || "unknown",
  action: entry.action,
  targetType: entry.target.type,
  targetId: entry.target.id,
  before: snapshot(entry.before),
  after: snapshot(entry.after),
});

/** Many entries of one bulk change (an import), a few hundred rows per statement. */
export async function recordAudits(tx: AuditWriter, entries: readonly AuditEntryInput[], at = new Date()) {
  for (let from = 0; from < entries.length; from += 500) {
    await tx.auditLog.createMany({ data: entries.slice(from, from + 500).map((entry) => rowOf(entry, at)) });
  }
}

export async function recordAudit(tx: AuditWriter, entry: AuditEntryInput, at = new Date()): Promise<{ id: string }> {
  return tx.auditLog.create({ data: rowOf(entry, at), select: { id: true } });
}
