// Inputs of the discussion use cases: one schema each, shared by the question page's form, its
// server actions and the API.
import { z } from "zod";
import { cursor, limitUpTo, recordId, text } from "../validation/common";

export const COMMENT_MAX_CHARS = 10_000;
export const COMMENTS_PAGE_DEFAULT = 20;

const commentBody = text("body", { error: "body is required: write the comment's text" })
  .trim()
  .min(1, { error: "body is required: write the comment's text" })
  .max(COMMENT_MAX_CHARS, { error: `body must be at most ${COMMENT_MAX_CHARS} characters` });

export const createCommentInput = z
  .object({
    body: commentBody,
    parentId: recordId("parentId").optional(),
  })
  .strict();
export type CreateCommentInput = z.input<typeof createCommentInput>;

export const editCommentInput = z.object({ body: commentBody }).strict();
export type EditCommentInput = z.input<typeof editCommentInput>;

export const commentsQuery = z
  .object({
    cursor,
    limit: limitUpTo(100).default(COMMENTS_PAGE_DEFAULT),
  })
  .strict();
export type CommentsQuery = z.output<typeof commentsQuery>;

export const commentIdParam = z.object({ id: recordId("comment id") });
