// The API's representation of a forecast: its numbers in the one shape of
// lib/forecasts/probabilities.ts (or, on a NUMERIC or DATE question, its CDF and quantiles),
// beside who made it, when and why.
import { cdfJson, type RangeColumns } from "./continuous";
import type { LogEntry } from "./log";
import { isContinuous, probabilitiesJson, type ShapedQuestion } from "./probabilities";

export function toForecastJson(
  entry: Pick<LogEntry, "id" | "userId" | "userName" | "createdAt" | "probs" | "cdf" | "rationale">,
  question: ShapedQuestion & RangeColumns,
) {
  return {
    id: entry.id,
    userId: entry.userId,
    userName: entry.userName,
    createdAt: entry.createdAt.toISOString(),
    ...forecastNumbersJson(question, entry),
    rationale: entry.rationale,
  };
}

/** `probability`, `probabilities`, or `cdf` with `quantiles`, as the question's type wants. */
export function forecastNumbersJson(
  question: ShapedQuestion & RangeColumns,
  forecast: { probs: readonly number[]; cdf?: readonly number[] | null },
) {
  if (isContinuous(question) && forecast.cdf) return cdfJson(question, forecast.cdf);
  return probabilitiesJson(question, forecast.probs);
}
