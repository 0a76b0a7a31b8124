// Input schemas for a forecast on a NUMERIC or DATE question (issue 13): either a few
// percentiles, `{ "percentiles": { "5": …, "50": …, "95": … } }` (ISO dates for a DATE question),
// or the CDF itself, `{ "cdf": [201 numbers] }`. The schemas check everything that does not
// depend on the question; continuousForecastCdf then checks against the question's range and
// returns the CDF to store, or the field and message for a 400.
import { z } from "zod";
import {
  cdfFromPercentiles,
  cdfShapeProblem,
  epochMsToIsoDay,
  forecastCdfProblem,
  percentilesProblem,
  percentilesShapeProblem,
  type ContinuousRange,
  type Percentiles,
} from "../forecasting/continuous";
import { dateField, text } from "../validation/common";
import { MAX_RATIONALE_LENGTH } from "./schemas";

export const cdfInput = z
  .array(z.unknown(), { error: "cdf must be a list of 201 numbers" })
  .superRefine((cdf, ctx) => {
    const problem = cdfShapeProblem(cdf);
    if (problem) ctx.addIssue({ code: "custom", message: problem.message });
  })
  .transform((cdf) => cdf as number[]);

const percentilesObject = z.record(z.string(), z.unknown(), {
  error: 'percentiles must be an object such as { "5": …, "50": …, "95": … }',
});

const checkPercentiles =
  (format: (value: number) => string) =>
  (percentiles: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const problem = percentilesShapeProblem(percentiles, "percentiles", format);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  };

/** Percentiles of a NUMERIC question, in its unit. */
export const numericPercentilesInput = percentilesObject
  .superRefine(checkPercentiles(String))
  .transform((percentiles) => percentiles as Percentiles);

/** Percentiles of a DATE question as ISO dates, turned into epoch milliseconds. */
export const datePercentilesInput = percentilesObject
  .transform((percentiles, ctx) => {
    const converted: Record<string, unknown> = {};
    for (const [level, value] of Object.entries(percentiles)) {
      const parsed = dateField(`percentiles.${level}`).safeParse(value);
      if (!parsed.success) {
        ctx.addIssue({
          code: "custom",
          message: parsed.error.issues[0]?.message ?? `percentiles.${level} must be a date`,
        });
        return z.NEVER;
      }
      converted[level] = parsed.data.getTime();
    }
    return converted;
  })
  .superRefine(checkPercentiles(epochMsToIsoDay))
  .transform((percentiles) => percentiles as Percentiles);

/** The forecast input for a question of the given type; exactly one of percentiles and cdf. */
export function continuousForecastInput(type: "NUMERIC" | "DATE") {
  return z
    .object({
      percentiles: (type === "DATE" ? datePercentilesInput : numericPercentilesInput).optional(),
      cdf: cdfInput.optional(),
      rationale: text("rationale", { error: "rationale must be a string" })
        .trim()
        .max(MAX_RATIONALE_LENGTH, { error: `rationale must be at most ${MAX_RATIONALE_LENGTH} characters` })
        .optional(),
    })
    .strict()
    .superRefine((value, ctx) => {
      if (value.percentiles === undefined && value.cdf === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["percentiles"],
          message: 'percentiles are required (at least { "5", "50", "95" }), or a cdf of 201 numbers',
        });
      } else if (value.percentiles !== undefined && value.cdf !== undefined) {
        ctx.addIssue({ code: "custom", path: ["cdf"], message: "send percentiles or cdf, not both" });
      }
    });
}
export type ContinuousForecastInput = z.output<ReturnType<typeof continuousForecastInput>>;

export type ContinuousForecastCdf =
  { ok: true; cdf: number[] } | { ok: false; issue: { path: "percentiles" | "cdf"; message: string } };

/**
 * The CDF to store for a parsed input on a question's range: the CDF as sent if it is an
 * acceptable forecast (never altered), or the one built from the percentiles. Otherwise the
 * field at fault and a message for the 400.
 */
export function continuousForecastCdf(
  input: ContinuousForecastInput,
  range: ContinuousRange,
  type: "NUMERIC" | "DATE" = "NUMERIC",
): ContinuousForecastCdf {
  if (input.cdf !== undefined) {
    const problem = forecastCdfProblem(input.cdf, range);
    return problem ? { ok: false, issue: { path: "cdf", message: problem.message } } : { ok: true, cdf: input.cdf };
  }
  const percentiles = input.percentiles as Percentiles;
  const format = type === "DATE" ? epochMsToIsoDay : String;
  const problem = percentilesProblem(percentiles, range, "percentiles", format);
  if (problem) return { ok: false, issue: { path: "percentiles", message: problem } };
  return { ok: true, cdf: cdfFromPercentiles(percentiles, range) };
}
