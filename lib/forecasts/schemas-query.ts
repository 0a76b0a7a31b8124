// Query-string input of the aggregate endpoint and the chart's method picker.
import { z } from "zod";
import { AGGREGATION_METHODS, type AggregationMethod } from "../forecasting";

export const aggregateQuery = z.object({
  method: z
    .enum(AGGREGATION_METHODS as [AggregationMethod, ...AggregationMethod[]], {
      error: `method must be one of ${AGGREGATION_METHODS.join(", ")}`,
    })
    .default("recencyWeightedMedian"),
});
