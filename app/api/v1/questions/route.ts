import { apiRoute, created, jsonBody, searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { createQuestion } from "@/lib/questions/create";
import { listQuestions } from "@/lib/questions/list";
import { getQuestion } from "@/lib/questions/queries";
import { listQuestionsQuery } from "@/lib/questions/schemas";
import { toQuestionDetailJson, toQuestionSummaryJson } from "@/lib/questions/json";
import { parseInput } from "@/lib/validation/parse";
import { searchParamsObject } from "@/lib/validation/common";

export const GET = apiRoute(async ({ db, viewer, request }) => {
  const query = parseInput(listQuestionsQuery, searchParamsObject(searchParamsOf(request)));
  const page = await listQuestions(db, query, viewer);
  return {
    items: page.items.map((item) => toQuestionSummaryJson(item)),
    total: page.total,
    nextCursor: page.nextCursor,
  };
});

export const POST = signedInApiRoute(async ({ db, viewer, request }) => {
  const question = await createQuestion(db, viewer, await jsonBody(request));
  return created(toQuestionDetailJson(await getQuestion(db, question.id, viewer)));
});
