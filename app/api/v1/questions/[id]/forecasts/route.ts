import { loadQuestionLog, visibleLog } from "@/lib/forecasts/log";
import { toForecastJson } from "@/lib/forecasts/json";
import { probabilitiesJson } from "@/lib/forecasts/probabilities";
import { recordForecast } from "@/lib/forecasts/record";
import { apiRoute, created, jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { questionIdParam } from "@/lib/questions/schemas";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute<{ id: string }>(async ({ db, viewer, params }) => {
  const { id } = parseInput(questionIdParam, params);
  const data = await loadQuestionLog(db, viewer, id);
  return {
    hidden: data.hidden,
    ...(data.hidden ? { hiddenReason: "Others' forecasts are hidden until you forecast this question." } : {}),
    items: visibleLog(data, viewer).map((entry) => toForecastJson(entry, data.question)),
  };
});

export const POST = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(questionIdParam, params);
  const body = await jsonBody(request);
  const forecast = await recordForecast(db, viewer, id, body);
  return created({
    id: forecast.id,
    questionId: forecast.questionId,
    userId: forecast.userId,
    createdAt: forecast.createdAt.toISOString(),
    ...probabilitiesJson(forecast.question, forecast.probs),
    rationale: forecast.rationale,
  });
});
