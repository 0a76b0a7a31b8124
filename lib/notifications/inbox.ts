// A signed-in person's inbox: their notifications, newest first, about subjects they may still
// see (someone who left a team stops seeing what they were told about its questions).
import { afterCursor, encodeTimeIdCursor } from "../audit/cursor";
import type { Db } from "../db/client";
import { visibleQuestionsWhere, type SignedInViewer } from "../domain/viewer";
import { parseInput } from "../validation/parse";
import type { NotificationKind, NotificationPayload } from "./kinds";
import { markNotificationsReadInput, notificationsQuery } from "./schemas";

export type InboxEntry = {
  id: string;
  kind: NotificationKind;
  createdAt: Date;
  readAt: Date | null;
  question: { id: string; title: string } | null;
  session: { id: string; title: string } | null;
  reResolved: boolean | null;
  scores: NotificationPayload["scores"];
  step: string | null;
  /** comment.replied, comment.mentioned: the comment, and who wrote it. */
  commentId: string | null;
  actorName: string | null;
  /** forecasts.stale_digest: how many questions it lists, and after how many days a forecast is stale. */
  staleCount: number | null;
  staleAfterDays: number | null;
  /** The digest's questions the viewer may still see (the most stale first, up to 20). */
  staleQuestions: { id: string; title: string }[] | null;
  href: string;
};

function hrefOf(
  kind: NotificationKind,
  question: { id: string } | null,
  session: { id: string } | null,
  payload: NotificationPayload,
) {
  if (kind === "forecasts.stale_digest") return "/forecast";
  if (question && payload.commentId) return `/questions/${question.id}#comment-${payload.commentId}`;
  if (question) return `/questions/${question.id}`;
  return `/sessions/${session?.id ?? ""}`;
}

/** Notifications addressed to the viewer whose subject the viewer may see now. */
function inboxWhere(viewer: SignedInViewer) {
  return {
    recipientId: viewer.userId,
    OR: [
      { questionId: { not: null }, question: visibleQuestionsWhere(viewer) },
      { sessionId: { not: null }, session: { teamId: { in: viewer.teamIds } } },
      // A digest is about the viewer's own forecasts, not one subject.
      { questionId: null, sessionId: null },
    ],
  };
}

/** Titles of the named questions the viewer may see now. */
async function visibleTitles(db: Db, viewer: SignedInViewer, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const questions = await db.question.findMany({
    where: { AND: [{ id: { in: [...new Set(ids)] } }, visibleQuestionsWhere(viewer)] },
    select: { id: true, title: true },
  });
  return new Map(questions.map((question) => [question.id, question.title]));
}

export async function unreadNotificationCount(db: Db, viewer: SignedInViewer): Promise<number> {
  return db.notification.count({ where: { ...inboxWhere(viewer), readAt: null } });
}

export async function listNotifications(db: Db, viewer: SignedInViewer, rawQuery: unknown) {
  const query = parseInput(notificationsQuery, rawQuery);
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: { AND: [inboxWhere(viewer), afterCursor("createdAt", query.cursor)] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
      select: {
        id: true,
        kind: true,
        payload: true,
        createdAt: true,
        readAt: true,
        question: { select: { id: true, title: true } },
        session: { select: { id: true, title: true } },
      },
    }),
    unreadNotificationCount(db, viewer),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const payloads = page.map((row) => JSON.parse(row.payload) as NotificationPayload);
  const staleTitles = await visibleTitles(
    db,
    viewer,
    payloads.flatMap((payload) => payload.staleQuestionIds ?? []),
  );
  const items: InboxEntry[] = page.map((row, index) => {
    const payload = payloads[index]!;
    return {
      id: row.id,
      kind: row.kind as NotificationKind,
      createdAt: row.createdAt,
      readAt: row.readAt,
      question: row.question,
      session: row.session,
      reResolved: payload.reResolved ?? null,
      scores: payload.scores ?? null,
      step: payload.step ?? null,
      commentId: payload.commentId ?? null,
      actorName: payload.actorName ?? null,
      staleCount: payload.staleCount ?? payload.staleQuestionIds?.length ?? null,
      staleAfterDays: payload.staleAfterDays ?? null,
      staleQuestions: payload.staleQuestionIds
        ? payload.staleQuestionIds.flatMap((id) => {
            const title = staleTitles.get(id);
            return title === undefined ? [] : [{ id, title }];
          })
        : null,
      href: hrefOf(row.kind as NotificationKind, row.question, row.session, payload),
    };
  });
  return {
    items,
    unreadCount,
    nextCursor: rows.length > query.limit && last ? encodeTimeIdCursor(last.createdAt, last.id) : null,
  };
}

/** Marks the named notifications (or all) of the viewer read; others' ids are ignored. */
export async function markNotificationsRead(db: Db, viewer: SignedInViewer, rawInput: unknown, now: Date) {
  const input = parseInput(markNotificationsReadInput, rawInput);
  const marked = await db.notification.updateMany({
    where: { recipientId: viewer.userId, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { readAt: now },
  });
  return { marked: marked.count, unreadCount: await unreadNotificationCount(db, viewer) };
}
