// Comments as the API writes them (dates as ISO strings).
import type { CommentRevisionView, CommentThread } from "./list";
import type { CommentView } from "./view";

export const commentJson = (comment: CommentView) => ({
  ...comment,
  createdAt: comment.createdAt.toISOString(),
  editedAt: comment.editedAt?.toISOString() ?? null,
  deleted: comment.deleted ? { at: comment.deleted.at.toISOString(), by: comment.deleted.by } : null,
});

export const commentThreadJson = (thread: CommentThread) => ({
  ...commentJson(thread),
  replies: thread.replies.map(commentJson),
});

export const commentWithHistoryJson = (comment: CommentView & { revisions: CommentRevisionView[] }) => ({
  ...commentJson(comment),
  revisions: comment.revisions.map((revision) => ({
    body: revision.body,
    writtenAt: revision.writtenAt.toISOString(),
    replacedAt: revision.replacedAt.toISOString(),
  })),
});
