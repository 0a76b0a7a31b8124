// Building blocks of the response schemas: how the API writes dates, ids, forecasts' numbers,
// calibration tables and errors. Output schemas only: they describe what the server sends and
// are never used to parse input.
import { z } from "zod";
import { ERROR_CODES } from "../../errors";

/** Every date the API returns is `Date.prototype.toISOString()`: UTC, milliseconds, "Z". */
export const isoDateTime = z.iso.datetime().describe("An ISO 8601 date-time in UTC");

export const questionType = z.enum(["BINARY", "MULTIPLE_CHOICE", "NUMERIC", "DATE"]);
export const resolutionOutcome = z.enum(["YES", "NO", "OPTION", "VALUE", "AMBIGUOUS", "ANNULLED"]);
export const conditionOutcome = z.enum(["YES", "NO"]);
export const datePrecision = z.enum(["DAY", "MONTH", "HALF_YEAR", "YEAR"]);
export const teamRole = z.enum(["OWNER", "FACILITATOR", "MEMBER"]);

export const probability = z.number().min(0).max(1);
/** A cursor to pass back as `?cursor=` for the next page; null on the last page. */
export const nextCursor = z.string().nullable().describe("Pass as `cursor` for the next page; null on the last");

/**
 * A forecast's numbers as the API speaks them (lib/forecasts/probabilities.ts): `probability`
 * (of Yes) for a yes/no question, `probabilities` keyed by option id otherwise. The rest of the
 * object is spelled out in each variant because response objects admit no other properties.
 */
export function withProbabilities<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.union([
    z.object({ ...shape, probability }),
    z.object({ ...shape, probabilities: z.record(z.string(), probability).describe("Probability by option id") }),
  ]);
}

/** A value of a NUMERIC question, or an ISO date-time on a DATE question. */
export const continuousValue = z.union([z.number(), isoDateTime]);

/**
 * withProbabilities, and a third variant for NUMERIC and DATE questions: the stored CDF and
 * its quantiles (lib/forecasts/continuous.ts).
 */
export function withForecastNumbers<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.union([
    z.object({ ...shape, probability }),
    z.object({ ...shape, probabilities: z.record(z.string(), probability).describe("Probability by option id") }),
    z.object({
      ...shape,
      cdf: z
        .array(probability)
        .length(201)
        .describe(
          "NUMERIC and DATE questions: the CDF at 201 evenly spaced points over the range in scale space; cdf[0] is the probability below the range, 1 − cdf[200] above it",
        ),
      quantiles: z
        .object({
          "5": continuousValue,
          "25": continuousValue,
          "50": continuousValue,
          "75": continuousValue,
          "95": continuousValue,
        })
        .describe("The 5th to 95th percentiles, for convenience (ISO date-times on a DATE question)"),
    }),
  ]);
}

/** One bin of a calibration table: the mean and frequency exist only when the bin holds a pair. */
export const calibrationBin = z.object({
  lo: z.number(),
  hi: z.number(),
  n: z.number().int(),
  meanP: z.number().optional(),
  freq: z.number().optional(),
  ciLow: z.number().optional(),
  ciHigh: z.number().optional(),
});

export const murphyDecomposition = z.object({
  reliability: z.number(),
  resolution: z.number(),
  uncertainty: z.number(),
  brier: z.number(),
});

/** The body of every error response (lib/http/api-route.ts errorResponse). */
export const errorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    issues: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe("For 400s caused by the input: one entry per field"),
  }),
});
