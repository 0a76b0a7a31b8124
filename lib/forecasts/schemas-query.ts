// Query-string input of the forecast endpoints: the aggregate (and the chart's method picker), the log.
import { z } from "zod";
import { AGGREGATION_METHODS, type AggregationMethod } from "../forecasting";
import { cursor, pageLimit } from "../validation/common";

export const aggregateQuery = z.object({
  method: z
    .enum(AGGREGATION_METHODS as [AggregationMethod, ...AggregationMethod[]], {
      error: `method must be one of ${AGGREGATION_METHODS.join(", ")}`,
    })
    .default("recencyWeightedMedian"),
});

/** A page of a question's forecast log, oldest first (so a client can follow it with the cursor). */
export const forecastPageQuery = z.object({
  cursor,
  limit: pageLimit.default(50),
});
export type ForecastPageQuery = z.infer<typeof forecastPageQuery>;

/** How many other forecasters the question page lists ("show more" asks for more). */
export const othersShownQuery = z.object({
  others: z.coerce.number().int().min(1).max(500).optional(),
});
