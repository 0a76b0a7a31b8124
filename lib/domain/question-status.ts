// A question's status is derived, never stored: resolved once a resolution is recorded,
// closed from its close date on, open before that.
export const QUESTION_STATUSES = ["open", "closed", "resolved"] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export function questionStatus(question: { closeAt: Date; resolvedAt: Date | null }, now = new Date()): QuestionStatus {
  if (question.resolvedAt) return "resolved";
  return question.closeAt <= now ? "closed" : "open";
}

/** The same rule as a Prisma filter, so lists filter in the database. */
export function statusWhere(status: QuestionStatus, now = new Date()) {
  if (status === "resolved") return { resolvedAt: { not: null } };
  if (status === "closed") return { resolvedAt: null, closeAt: { lte: now } };
  return { resolvedAt: null, closeAt: { gt: now } };
}
