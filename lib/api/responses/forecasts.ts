// Forecasts and the crowd aggregate (GET/POST /questions/{id}/forecasts, GET …/aggregate).
import { z } from "zod";
import { AGGREGATION_METHODS, type AggregationMethod } from "../../forecasting";
import { isoDateTime, nextCursor, questionType, withForecastNumbers, withProbabilities } from "./common";

export const forecastList = z.object({
  hidden: z
    .boolean()
    .describe(
      "True when others' forecasts are withheld: until you forecast (if the question says so), or from signed-out visitors",
    ),
  hiddenReason: z.string().optional(),
  items: z.array(
    withForecastNumbers({
      id: z.string(),
      userId: z.string(),
      userName: z.string(),
      createdAt: isoDateTime,
      rationale: z.string().nullable(),
    }),
  ),
  nextCursor,
});

export const forecastRecorded = withForecastNumbers({
  id: z.string(),
  questionId: z.string(),
  userId: z.string(),
  createdAt: isoDateTime,
  rationale: z.string().nullable(),
});

export const aggregateSeries = z.object({
  method: z.enum(AGGREGATION_METHODS as [AggregationMethod, ...AggregationMethod[]]),
  type: questionType,
  options: z.array(z.object({ id: z.string(), label: z.string() })).describe("In order; none for yes/no"),
  hidden: z.boolean(),
  points: z.array(withProbabilities({ t: isoDateTime, forecasters: z.number().int() })),
});
