// Input schemas for the range of a NUMERIC or DATE question (issue 13), meant to be nested as
// `range` in the new-question schema: `{ "min": 0, "max": 5000, "openLower": false,
// "openUpper": true, "scale": "linear" }`, with ISO dates as bounds for a DATE question. Every
// message names the field as the client sent it (range.max, range.min, …).
import { z } from "zod";
import type { ContinuousRange } from "../forecasting/continuous";
import { dateField, text } from "../validation/common";

export const CONTINUOUS_SCALES = ["linear", "log"] as const;
export const MAX_UNIT_LENGTH = 40;

const bound = (field: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be a number`) })
    .refine(Number.isFinite, { error: `${field} must be a finite number` });

const openFlag = (field: string) => z.boolean({ error: `${field} must be true or false` }).default(false);

export const numericRangeInput = z
  .object({
    min: bound("range.min"),
    max: bound("range.max"),
    openLower: openFlag("range.openLower"),
    openUpper: openFlag("range.openUpper"),
    scale: z
      .enum(CONTINUOUS_SCALES, { error: `range.scale must be one of ${CONTINUOUS_SCALES.join(", ")}` })
      .default("linear"),
  })
  .strict()
  .superRefine((range, ctx) => {
    if (!(range.max > range.min)) {
      ctx.addIssue({ code: "custom", path: ["max"], message: "range.max must be greater than range.min" });
    }
    if (range.scale === "log" && !(range.min > 0)) {
      ctx.addIssue({ code: "custom", path: ["min"], message: "A log scale needs range.min above 0" });
    }
  });
export type NumericRangeInput = z.output<typeof numericRangeInput>;

export const dateRangeInput = z
  .object({
    min: dateField("range.min"),
    max: dateField("range.max"),
    openLower: openFlag("range.openLower"),
    openUpper: openFlag("range.openUpper"),
    // Dates are always spread evenly in time; a log scale of dates would mean nothing.
    scale: z.literal("linear", { error: 'range.scale must be "linear" for a DATE question' }).default("linear"),
  })
  .strict()
  .superRefine((range, ctx) => {
    // A bound that failed its own check is already reported (and may be missing here).
    if (!(range.min instanceof Date) || !(range.max instanceof Date)) return;
    if (!(range.max.getTime() > range.min.getTime())) {
      ctx.addIssue({ code: "custom", path: ["max"], message: "range.max must be after range.min" });
    }
  });
export type DateRangeInput = z.output<typeof dateRangeInput>;

/** The unit of a NUMERIC question ("fighters", "km²"), shown after its values. */
export const continuousUnit = text("unit", { error: "unit must be a string" })
  .trim()
  .max(MAX_UNIT_LENGTH, { error: `unit must be at most ${MAX_UNIT_LENGTH} characters` });

/** The maths layer's range: DATE bounds become epoch milliseconds. */
export function toContinuousRange(range: NumericRangeInput | DateRangeInput): ContinuousRange {
  const min = range.min instanceof Date ? range.min.getTime() : range.min;
  const max = range.max instanceof Date ? range.max.getTime() : range.max;
  return { min, max, openLower: range.openLower, openUpper: range.openUpper, scale: range.scale };
}
