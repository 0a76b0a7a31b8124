// Writing to a question's discussion: comment, reply (one level deep), edit (the earlier body is
// kept as a revision), delete (a marker stays). Validated first, each write one transaction; a
// new comment writes its "comment.created" outbox event in that transaction, from which the
// webhooks and the mention and reply notifications follow (lib/notifications/fan-out.ts).
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { AppError, badRequest, notFound } from "../errors";
import { recordOutboxEvent } from "../outbox/record";
import { requireId } from "../validation/ids";
import { parseInput } from "../validation/parse";
import { requireVisibleQuestion, visibleCommentWhere } from "./access";
import { createCommentInput, editCommentInput } from "./schemas";
import { canDeleteComment, commentSelect, commentView } from "./view";

export async function createComment(db: Db, viewer: SignedInViewer, questionId: string, rawInput: unknown, now: Date) {
  requireId(questionId, "questionId");
  const input = parseInput(createCommentInput, rawInput);
  const question = await requireVisibleQuestion(db, viewer, questionId);
  if (input.parentId) {
    const parent = await db.comment.findFirst({
      where: { id: input.parentId, questionId },
      select: { parentId: true, deletedAt: true },
    });
    if (!parent) {
      throw badRequest("parentId: no comment with this id on this question", [
        { path: "parentId", message: "no comment with this id on this question" },
      ]);
    }
    if (parent.parentId !== null) {
      throw badRequest("parentId: replies go one level deep; reply to the comment it answers", [
        { path: "parentId", message: "replies go one level deep; reply to the comment it answers" },
      ]);
    }
    if (parent.deletedAt) throw new AppError("conflict", "That comment was deleted; it takes no new replies");
  }
  const created = await db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: {
        questionId,
        authorId: viewer.userId,
        parentId: input.parentId ?? null,
        body: input.body,
        createdAt: now,
      },
      select: commentSelect,
    });
    await recordOutboxEvent(tx, {
      type: "comment.created",
      payload: {
        questionId,
        teamId: question.teamId,
        commentId: comment.id,
        parentId: comment.parentId,
        actorId: viewer.userId,
      },
      occurredAt: now,
    });
    return comment;
  });
  return commentView(created, viewer);
}

async function requireVisibleComment(db: Db, viewer: SignedInViewer, commentId: string) {
  requireId(commentId, "commentId");
  const comment = await db.comment.findFirst({
    where: visibleCommentWhere(viewer, commentId),
    select: { id: true, authorId: true, body: true, createdAt: true, editedAt: true, deletedAt: true },
  });
  if (!comment) throw notFound("Comment");
  return comment;
}

/** Only the author edits; the body it replaces is kept as a revision (an unchanged body is no edit). */
export async function editComment(db: Db, viewer: SignedInViewer, commentId: string, rawInput: unknown, now: Date) {
  const input = parseInput(editCommentInput, rawInput);
  const comment = await requireVisibleComment(db, viewer, commentId);
  if (comment.authorId !== viewer.userId) throw new AppError("forbidden", "Only its author may edit a comment");
  if (comment.deletedAt) throw new AppError("conflict", "This comment was deleted; it cannot be edited");
  if (input.body === comment.body) {
    return commentView(await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: commentSelect }), viewer);
  }
  const edited = await db.$transaction(async (tx) => {
    // Compare-and-set on the body: of two concurrent edits, the second fails rather than
    // replacing text its author never saw.
    const changed = await tx.comment.updateMany({
      where: { id: commentId, body: comment.body, deletedAt: null },
      data: { body: input.body, editedAt: now },
    });
    if (changed.count === 0) throw new AppError("conflict", "The comment changed meanwhile; reload and edit again");
    await tx.commentRevision.create({
      data: { commentId, body: comment.body, writtenAt: comment.editedAt ?? comment.createdAt, replacedAt: now },
    });
    return tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: commentSelect });
  });
  return commentView(edited, viewer);
}

/** The author or an administrator deletes; a marker stays in its place. Deleting twice is a no-op. */
export async function deleteComment(db: Db, viewer: SignedInViewer, commentId: string, now: Date) {
  const comment = await requireVisibleComment(db, viewer, commentId);
  if (!canDeleteComment(viewer, comment)) {
    throw new AppError("forbidden", "Only its author or an administrator may delete a comment");
  }
  await db.comment.updateMany({
    where: { id: commentId, deletedAt: null },
    data: { deletedAt: now, deletedById: viewer.userId },
  });
  return commentView(await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: commentSelect }), viewer);
}
