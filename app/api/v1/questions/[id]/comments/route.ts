import { commentJson, commentThreadJson } from "@/lib/comments/json";
import { listComments } from "@/lib/comments/list";
import { createComment } from "@/lib/comments/write";
import { apiRoute, created, jsonBody, searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { questionIdParam } from "@/lib/questions/schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(questionIdParam, params);
  const page = await listComments(db, viewer, id, searchParamsObject(searchParamsOf(request)));
  return { items: page.items.map(commentThreadJson), total: page.total, nextCursor: page.nextCursor };
});

export const POST = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(questionIdParam, params);
  return created(commentJson(await createComment(db, viewer, id, await jsonBody(request), new Date())));
});
