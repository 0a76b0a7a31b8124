// A question's discussion, a page of top-level comments at a time (oldest first) with all their
// replies, and one comment with its edit history.
import type { Db } from "../db/client";
import type { Viewer } from "../domain/viewer";
import { notFound } from "../errors";
import { encodeCursor } from "../validation/common";
import { parseInput } from "../validation/parse";
import { requireVisibleQuestion, visibleCommentWhere } from "./access";
import { commentsQuery } from "./schemas";
import { commentSelect, commentView, type CommentView } from "./view";

export type CommentThread = CommentView & { replies: CommentView[] };

export async function listComments(db: Db, viewer: Viewer, questionId: string, rawQuery: unknown) {
  const query = parseInput(commentsQuery, rawQuery);
  await requireVisibleQuestion(db, viewer, questionId);
  const [rows, total] = await Promise.all([
    db.comment.findMany({
      where: { questionId, parentId: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
      select: commentSelect,
    }),
    db.comment.count({ where: { questionId, deletedAt: null } }),
  ]);
  const page = rows.slice(0, query.limit);
  const replies = await db.comment.findMany({
    where: { questionId, parentId: { in: page.map((row) => row.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: commentSelect,
  });
  const items: CommentThread[] = page.map((row) => ({
    ...commentView(row, viewer),
    replies: replies.filter((reply) => reply.parentId === row.id).map((reply) => commentView(reply, viewer)),
  }));
  const last = page.at(-1);
  return { items, total, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}

export type CommentRevisionView = { body: string; writtenAt: Date; replacedAt: Date };

/** One comment and, unless it was deleted, its earlier bodies (newest first). */
export async function getComment(db: Db, viewer: Viewer, commentId: string) {
  const row = await db.comment.findFirst({ where: visibleCommentWhere(viewer, commentId), select: commentSelect });
  if (!row) throw notFound("Comment");
  const view = commentView(row, viewer);
  const revisions: CommentRevisionView[] = view.deleted
    ? []
    : await db.commentRevision.findMany({
        where: { commentId },
        orderBy: [{ replacedAt: "desc" }, { id: "desc" }],
        select: { body: true, writtenAt: true, replacedAt: true },
      });
  return { ...view, revisions };
}

/**
 * The edit histories of comments a page already showed (so already checked visible), by comment
 * id, newest first; deleted comments' histories are never included.
 */
export async function historiesOf(db: Db, comments: CommentView[]) {
  const edited = comments.filter((comment) => comment.revisionCount > 0 && !comment.deleted).map((c) => c.id);
  const histories = new Map<string, CommentRevisionView[]>();
  if (edited.length === 0) return histories;
  const rows = await db.commentRevision.findMany({
    where: { commentId: { in: edited } },
    orderBy: [{ replacedAt: "desc" }, { id: "desc" }],
    select: { commentId: true, body: true, writtenAt: true, replacedAt: true },
  });
  for (const { commentId, ...revision } of rows) {
    histories.set(commentId, [...(histories.get(commentId) ?? []), revision]);
  }
  return histories;
}
