// Who hears of a new comment: the author of the comment it replies to, and everyone it mentions
// by handle (lib/comments/mentions.ts), if they may see the question; never its own author, and
// each person once (a reply that also mentions its parent's author is one "replied" notice).
// A comment deleted before the fan-out reached it notifies nobody.
import type { Db } from "../db/client";
import { canSeeQuestion } from "../domain/viewer";
import { handlesOf, mentionedHandles } from "../comments/mentions";
import { parseOutboxPayload } from "../outbox/record";
import type { NotificationDraft, NotificationKind } from "./kinds";

type Draft = NotificationDraft;

const audienceSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  deactivatedAt: true,
  memberships: { select: { teamId: true } },
} as const;

type Audience = {
  id: string;
  name: string;
  email: string;
  role: "USER" | "ADMIN";
  deactivatedAt: Date | null;
  memberships: { teamId: string }[];
};

const maySee = (user: Audience, teamId: string | null) =>
  user.deactivatedAt === null &&
  canSeeQuestion(
    { userId: user.id, name: "", role: user.role, teamIds: user.memberships.map((m) => m.teamId) },
    {
      teamId,
    },
  );

export async function commentNotices(db: Db, event: { payload: string }): Promise<Draft[]> {
  const payload = parseOutboxPayload("comment.created", event.payload);
  const comment = await db.comment.findUnique({
    where: { id: payload.commentId },
    select: {
      body: true,
      deletedAt: true,
      author: { select: { name: true } },
      parent: { select: { author: { select: audienceSelect } } },
    },
  });
  if (!comment || comment.deletedAt) return [];
  const notice = (recipientId: string, kind: NotificationKind): Draft => ({
    recipientId,
    kind,
    questionId: payload.questionId,
    sessionId: null,
    payload: { commentId: payload.commentId, actorName: comment.author.name },
  });
  const drafts = new Map<string, Draft>();
  const parentAuthor = comment.parent?.author;
  if (parentAuthor && parentAuthor.id !== payload.actorId && maySee(parentAuthor, payload.teamId)) {
    drafts.set(parentAuthor.id, notice(parentAuthor.id, "comment.replied"));
  }
  const handles = new Set(mentionedHandles(comment.body));
  if (handles.size === 0) return [...drafts.values()];
  // Whoever could be mentioned: a team question's members, or every active account. A workbench
  // holds hundreds of accounts, not millions, and this runs once per comment, off the request.
  const candidates = await db.user.findMany({
    where: {
      deactivatedAt: null,
      id: { not: payload.actorId },
      ...(payload.teamId ? { memberships: { some: { teamId: payload.teamId } } } : {}),
    },
    select: audienceSelect,
  });
  for (const user of candidates) {
    if (drafts.has(user.id) || !maySee(user, payload.teamId)) continue;
    if (handlesOf(user).some((handle) => handles.has(handle)))
      drafts.set(user.id, notice(user.id, "comment.mentioned"));
  }
  return [...drafts.values()];
}
