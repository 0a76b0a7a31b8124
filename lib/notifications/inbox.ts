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
  href: string;
};

/** Notifications addressed to the viewer whose subject the viewer may see now. */
function inboxWhere(viewer: SignedInViewer) {
  return {
    recipientId: viewer.userId,
    OR: [
      { questionId: { not: null }, question: visibleQuestionsWhere(viewer) },
      { sessionId: { not: null }, session: { teamId: { in: viewer.teamIds } } },
    ],
  };
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
  const items: InboxEntry[] = page.map((row) => {
    const payload = JSON.parse(row.payload) as NotificationPayload;
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
      href: row.question ? `/questions/${row.question.id}` : `/sessions/${row.session?.id ?? ""}`,
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
