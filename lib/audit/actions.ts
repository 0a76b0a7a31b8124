// Every action the audit log knows, as dotted names, in one list: the type, the API's filter and
// the admin page's menu all come from here. Some have no caller yet (question edits, deletions
// and imports do not exist): they are named now so those features record from day one.
export const AUDIT_ACTIONS = [
  "question.created",
  "question.edited",
  "question.deleted",
  "question.imported",
  "question.resolved",
  "question.re-resolved",
  "question.annulled",
  "team.role-changed",
  "team.member-removed",
  "team.member-left",
  "invite.created",
  "invite.revoked",
  "invite.accepted",
  "apikey.created",
  "apikey.revoked",
  "session.report-exported",
  "forecasts.exported",
  "user.created",
  "user.deactivated",
  "user.reactivated",
  "user.password-reset-link-issued",
  "user.password-reset",
  "webhook.created",
  "webhook.deleted",
  "calendar.created",
  "calendar.revoked",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGET_TYPES = [
  "question",
  "team",
  "invite",
  "apikey",
  "session",
  "user",
  "webhook",
  "calendar",
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
