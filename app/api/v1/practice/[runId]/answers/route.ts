import { created, jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { answerPractice } from "@/lib/practice/answer";
import { probabilitiesJson } from "@/lib/forecasts/probabilities";
import { toRevealJson } from "@/lib/practice/json";
import { practiceRunParam } from "@/lib/practice/schemas";
import { parseInput } from "@/lib/validation/parse";

export const POST = signedInApiRoute<{ runId: string }>(async ({ db, viewer, params, request }) => {
  const { runId } = parseInput(practiceRunParam, params);
  const result = await answerPractice(db, viewer, runId, await jsonBody(request));
  return created({
    questionId: result.questionId,
    answer: {
      id: result.forecast.id,
      ...probabilitiesJson(result.question, result.forecast.probs),
      rationale: result.forecast.rationale,
      asOf: result.forecast.asOf?.toISOString() ?? null,
      createdAt: result.forecast.createdAt.toISOString(),
    },
    ...toRevealJson(result.question, result.reveal),
    progress: result.progress,
  });
});
