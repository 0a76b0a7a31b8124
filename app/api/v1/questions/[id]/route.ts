import { apiRoute } from "@/lib/http/api-route";
import { toQuestionDetailJson } from "@/lib/questions/json";
import { getQuestion } from "@/lib/questions/queries";
import { questionIdParam } from "@/lib/questions/schemas";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute<{ id: string }>(async ({ db, viewer, params }) => {
  const { id } = parseInput(questionIdParam, params);
  return toQuestionDetailJson(await getQuestion(db, id, viewer));
});
