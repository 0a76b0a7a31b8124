// Input for resolving a NUMERIC or DATE question with a value (issue 13, item 3):
// `{ "value": 1234 }` or `{ "value": "2019-03-23" }`. The schema checks the value's form; the
// question's range then decides whether it may lie where it does (never beyond a closed bound).
import { z } from "zod";
import { epochMsToIsoDay, type ContinuousRange } from "../forecasting/continuous";
import { dateField } from "../validation/common";

export const numericResolutionInput = z
  .object({
    value: z
      .number({ error: (issue) => (issue.input === undefined ? "value is required" : "value must be a number") })
      .refine(Number.isFinite, { error: "value must be a finite number" }),
  })
  .strict();

/** A DATE resolution: the value is an ISO date, handed on as epoch milliseconds. */
export const dateResolutionInput = z.object({ value: dateField("value").transform((date) => date.getTime()) }).strict();

export type ContinuousResolutionInput = { value: number };

/**
 * Why `value` (epoch ms for a DATE question) cannot resolve a question with `range`, or null.
 * A value beyond an open bound is fine: it scores against the probability beyond that bound.
 */
export function resolutionValueProblem(
  value: number,
  range: ContinuousRange,
  type: "NUMERIC" | "DATE" = "NUMERIC",
): string | null {
  const show = type === "DATE" ? epochMsToIsoDay : String;
  if (value < range.min && !range.openLower) {
    return `value must be at least range.min (${show(range.min)}): the lower bound is closed`;
  }
  if (value > range.max && !range.openUpper) {
    return `value must be at most range.max (${show(range.max)}): the upper bound is closed`;
  }
  if (range.scale === "log" && !(value > 0)) return "value must be above 0 on a log scale";
  return null;
}
