// Who may resolve a question, and when. A resolution settles everyone's scores, so nobody
// settles their own question alone while it is still open: otherwise anyone could write five
// questions, forecast 99.9% and resolve them YES at once to top every leaderboard.
//
// - Before closeAt (early resolution): an administrator, or, on a team question, an owner or
//   facilitator of that team who is not the question's creator (a second person).
// - From closeAt on: the creator too, as before.
import type { Db, DbTransaction } from "../db/client";
import { canSeeQuestion, type Viewer } from "../domain/viewer";
import { AppError } from "../errors";
import { isoDay } from "../format";

export type ResolvableQuestion = { createdById: string | null; teamId: string | null; closeAt: Date };

export type ResolveAccess =
  | { allowed: true }
  | { allowed: false; reason: string; /** The viewer could resolve it once it closes. */ afterClose: boolean };

export async function resolveAccess(
  db: Db,
  viewer: Viewer,
  question: ResolvableQuestion,
  now = new Date(),
): Promise<ResolveAccess> {
  if (!viewer) return { allowed: false, reason: "Sign in to resolve questions", afterClose: false };
  if (viewer.role === "ADMIN") return { allowed: true };
  const isCreator = question.createdById === viewer.userId;
  const teamRole = question.teamId
    ? (
        await db.teamMembership.findUnique({
          where: { teamId_userId: { teamId: question.teamId, userId: viewer.userId } },
          select: { role: true },
        })
      )?.role
    : undefined;
  const steward = !isCreator && (teamRole === "OWNER" || teamRole === "FACILITATOR");
  const open = now.getTime() < question.closeAt.getTime();
  if (steward || (isCreator && !open)) return { allowed: true };

  const who = question.teamId
    ? "an administrator or an owner or facilitator of its team other than its creator"
    : "an administrator";
  if (open && isCreator) {
    return {
      allowed: false,
      afterClose: true,
      reason: `This question is still open (it closes on ${isoDay(question.closeAt)}): resolving it before then needs ${who}. As its creator you can resolve it once it closes.`,
    };
  }
  return {
    allowed: false,
    afterClose: false,
    reason: open
      ? `This question is still open (it closes on ${isoDay(question.closeAt)}): resolving it before then needs ${who}.`
      : question.teamId
        ? "Only the question's creator, an owner or facilitator of its team, or an administrator can resolve it"
        : "Only the question's creator or an administrator can resolve it",
  };
}

export async function requireResolveAccess(db: Db, viewer: Viewer, question: ResolvableQuestion, now = new Date()) {
  const access = await resolveAccess(db, viewer, question, now);
  if (!access.allowed) throw new AppError("forbidden", access.reason);
}

/** Of the questions a resolution annulled, those the resolver may know about (a team question may depend on a public one). */
export async function visibleQuestionIds(tx: DbTransaction, ids: string[], viewer: Viewer): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.question.findMany({ where: { id: { in: ids } }, select: { id: true, teamId: true } });
  const visible = new Set(rows.filter((row) => canSeeQuestion(viewer, row)).map((row) => row.id));
  return ids.filter((id) => visible.has(id));
}
