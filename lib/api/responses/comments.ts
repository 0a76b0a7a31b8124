// A question's discussion (lib/comments).
import { z } from "zod";
import { isoDateTime, nextCursor } from "./common";

const commentFields = {
  id: z.string(),
  questionId: z.string(),
  parentId: z.string().nullable().describe("The comment this one replies to; null for a top-level comment"),
  author: z
    .object({ id: z.string(), name: z.string() })
    .strict()
    .nullable()
    .describe("Null once deleted, and for signed-out readers (unless the install makes forecasters public)"),
  body: z.string().nullable().describe("Markdown; null once deleted"),
  createdAt: isoDateTime,
  editedAt: isoDateTime.nullable().describe("When it was last edited; null if never"),
  deleted: z
    .object({ at: isoDateTime, by: z.enum(["author", "moderator"]) })
    .strict()
    .nullable()
    .describe("The deletion marker: when, and whether by its author or an administrator"),
  revisionCount: z.number().int().describe("How many earlier versions its edit history holds"),
  canEdit: z.boolean().describe("Whether you may edit it (its author, while it is not deleted)"),
  canDelete: z.boolean().describe("Whether you may delete it (its author or an administrator)"),
};

export const comment = z.object(commentFields).strict();

export const commentThread = z
  .object({ ...commentFields, replies: z.array(comment).describe("Its replies, oldest first (one level deep)") })
  .strict();

export const commentPage = z
  .object({
    items: z.array(commentThread).describe("Top-level comments, oldest first, each with its replies"),
    total: z.number().int().describe("Comments and replies on the question that are not deleted"),
    nextCursor,
  })
  .strict();

export const commentWithHistory = z
  .object({
    ...commentFields,
    revisions: z
      .array(z.object({ body: z.string(), writtenAt: isoDateTime, replacedAt: isoDateTime }).strict())
      .describe("Earlier bodies, newest first: each as written at writtenAt and replaced at replacedAt"),
  })
  .strict();
