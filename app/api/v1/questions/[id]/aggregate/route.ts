import { findSeriesQuestion } from "@/lib/forecasts/log";
import { probabilitiesJson } from "@/lib/forecasts/probabilities";
import { aggregateQuery } from "@/lib/forecasts/schemas-query";
import { loadQuestionSeries } from "@/lib/forecasts/series";
import { apiRoute, searchParamsOf } from "@/lib/http/api-route";
import { questionIdParam } from "@/lib/questions/schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(questionIdParam, params);
  const { method } = parseInput(aggregateQuery, searchParamsObject(searchParamsOf(request)));
  const series = await loadQuestionSeries(db, viewer, await findSeriesQuestion(db, viewer, id), method);
  return {
    method,
    type: series.type,
    options: series.options,
    hidden: series.hidden,
    points: series.aggregate.map((point) => ({
      t: new Date(point.t).toISOString(),
      ...probabilitiesJson(series, point.probs),
      forecasters: point.n,
    })),
  };
});
