import { created, jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { valueJson } from "@/lib/forecasts/continuous";
import { resolveQuestion } from "@/lib/questions/resolve";
import { questionIdParam } from "@/lib/questions/schemas";
import { parseInput } from "@/lib/validation/parse";

export const POST = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(questionIdParam, params);
  const { question, resolution, scoredForecasters, annulledQuestionIds } = await resolveQuestion(
    db,
    viewer,
    id,
    await jsonBody(request),
  );
  return created({
    id: resolution.id,
    questionId: resolution.questionId,
    outcome: resolution.outcome,
    optionId: resolution.optionId,
    value: resolution.value === null ? null : valueJson(question.type, resolution.value),
    occurredAt: resolution.occurredAt.toISOString(),
    recordedAt: resolution.recordedAt.toISOString(),
    note: resolution.note,
    evidenceUrl: resolution.evidenceUrl,
    reason: resolution.reason,
    scoredForecasters,
    annulledQuestionIds,
  });
});
