// A comment as a reader sees it. Only the author's name and words: never the author's forecast,
// so a comment cannot reveal a number the question hides from this reader (what the author chose
// to write is theirs). Signed out, authors are as anonymous as forecasters are (lib/forecasts/
// visibility.ts). A deleted comment shows only that it was deleted, and by whom's authority.
import type { Viewer } from "../domain/viewer";
import { individualsHiddenFrom } from "../forecasts/visibility";

export const commentSelect = {
  id: true,
  questionId: true,
  parentId: true,
  authorId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  deletedById: true,
  author: { select: { id: true, name: true } },
  _count: { select: { revisions: true } },
} as const;

export type CommentRow = {
  id: string;
  questionId: string;
  parentId: string | null;
  authorId: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  deletedById: string | null;
  author: { id: string; name: string };
  _count: { revisions: number };
};

export type CommentView = {
  id: string;
  questionId: string;
  parentId: string | null;
  author: { id: string; name: string } | null;
  body: string | null;
  createdAt: Date;
  editedAt: Date | null;
  deleted: { at: Date; by: "author" | "moderator" } | null;
  revisionCount: number;
  canEdit: boolean;
  canDelete: boolean;
};

export const canDeleteComment = (viewer: Viewer, comment: { authorId: string }) =>
  Boolean(viewer && (viewer.role === "ADMIN" || viewer.userId === comment.authorId));

export function commentView(row: CommentRow, viewer: Viewer): CommentView {
  const deleted = row.deletedAt
    ? { at: row.deletedAt, by: row.deletedById === row.authorId ? ("author" as const) : ("moderator" as const) }
    : null;
  const live = deleted === null;
  return {
    id: row.id,
    questionId: row.questionId,
    parentId: row.parentId,
    author: live && !individualsHiddenFrom(viewer) ? row.author : null,
    body: live ? row.body : null,
    createdAt: row.createdAt,
    editedAt: live ? row.editedAt : null,
    deleted,
    revisionCount: live ? row._count.revisions : 0,
    canEdit: live && viewer?.userId === row.authorId,
    canDelete: live && canDeleteComment(viewer, row),
  };
}
