import { forecastPage } from "@/lib/forecasts/page";
import { forecastPageQuery } from "@/lib/forecasts/schemas-query";
import { forecastNumbersJson, toForecastJson } from "@/lib/forecasts/json";
import { recordForecast } from "@/lib/forecasts/record";
import { apiRoute, created, jsonBody, searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { questionIdParam } from "@/lib/questions/schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(questionIdParam, params);
  const query = parseInput(forecastPageQuery, searchParamsObject(searchParamsOf(request)));
  const page = await forecastPage(db, viewer, id, query);
  return {
    hidden: page.hidden,
    ...(page.hiddenReason ? { hiddenReason: page.hiddenReason } : {}),
    items: page.items.map((entry) => toForecastJson(entry, page.question)),
    nextCursor: page.nextCursor,
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
    ...forecastNumbersJson(forecast.question, forecast),
    rationale: forecast.rationale,
  });
});
