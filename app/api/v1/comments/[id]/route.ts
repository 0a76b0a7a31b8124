import { commentIdParam } from "@/lib/comments/schemas";
import { commentJson, commentWithHistoryJson } from "@/lib/comments/json";
import { getComment } from "@/lib/comments/list";
import { deleteComment, editComment } from "@/lib/comments/write";
import { apiRoute, jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute<{ id: string }>(async ({ db, viewer, params }) => {
  const { id } = parseInput(commentIdParam, params);
  return commentWithHistoryJson(await getComment(db, viewer, id));
});

export const PATCH = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(commentIdParam, params);
  return commentJson(await editComment(db, viewer, id, await jsonBody(request), new Date()));
});

export const DELETE = signedInApiRoute<{ id: string }>(async ({ db, viewer, params }) => {
  const { id } = parseInput(commentIdParam, params);
  return commentJson(await deleteComment(db, viewer, id, new Date()));
});
