// Time-averaged continuous scores, with the binary scores' conventions (../time-averaged.ts):
// each forecast holds from its time until the next one, the score is integrated over
// [first forecast, closeAt] and divided by that span's length; forecasts at or after closeAt get
// no weight; if closeAt is not after the first forecast, the last forecast's score stands.

import { stepAverage } from "../time-averaged";
import { assertFinite, assertNonEmptyArray, assertSortedTimes } from "../validate";
import { assertCdfShape } from "./cdf-validate";
import type { Cdf } from "./read";
import { continuousBaselineScore, continuousCrps, continuousLogScore, outcomeRegion, scaledCrps } from "./scores";
import type { ContinuousRange } from "./range";

export interface TimedCdf {
  /** Any ordered numeric time (epoch ms, days). */
  readonly t: number;
  readonly cdf: Cdf;
}

type CdfScore = (cdf: Cdf, range: ContinuousRange, outcome: number) => number;

function timeAveraged(
  score: CdfScore,
  forecasts: readonly TimedCdf[],
  range: ContinuousRange,
  outcome: number,
  closeAt: number,
): number {
  assertNonEmptyArray("forecasts", forecasts);
  assertSortedTimes("forecasts", forecasts);
  outcomeRegion(range, outcome);
  assertFinite("closeAt", closeAt);
  const n = forecasts.length;
  const times = new Float64Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const forecast = forecasts[i] as TimedCdf;
    assertCdfShape(forecast.cdf, `forecasts[${i}].cdf`);
    times[i] = forecast.t;
    scores[i] = score(forecast.cdf, range, outcome);
  }
  return stepAverage(times, scores, closeAt);
}

export function timeAveragedContinuousLogScore(
  forecasts: readonly TimedCdf[],
  range: ContinuousRange,
  outcome: number,
  closeAt: number,
): number {
  return timeAveraged(continuousLogScore, forecasts, range, outcome, closeAt);
}

export function timeAveragedContinuousBaselineScore(
  forecasts: readonly TimedCdf[],
  range: ContinuousRange,
  outcome: number,
  closeAt: number,
): number {
  return timeAveraged(continuousBaselineScore, forecasts, range, outcome, closeAt);
}

/** Time-averaged CRPS in real units. */
export function timeAveragedContinuousCrps(
  forecasts: readonly TimedCdf[],
  range: ContinuousRange,
  outcome: number,
  closeAt: number,
): number {
  return timeAveraged(continuousCrps, forecasts, range, outcome, closeAt);
}

/** Time-averaged CRPS over scale space (dimensionless, 0–1). */
export function timeAveragedScaledCrps(
  forecasts: readonly TimedCdf[],
  range: ContinuousRange,
  outcome: number,
  closeAt: number,
): number {
  return timeAveraged(scaledCrps, forecasts, range, outcome, closeAt);
}
