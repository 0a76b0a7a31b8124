// Time-averaged scores: each forecast holds from its time until the next forecast, and the
// score is integrated over [first forecast, closeAt] and divided by that span's length.

import { multiBrierUnchecked } from "./scores";
import type { TimedForecast, TimedMultiForecast } from "./types";
import {
  assertArray,
  assertFinite,
  assertNonEmptyArray,
  assertOptionIndex,
  assertOutcome,
  assertProbability,
  assertProbabilityVector,
  assertSortedTimes,
} from "./validate";

/**
 * Step-function average of `scores` (score i holds from times[i] to times[i + 1]) over
 * [times[0], closeAt]. Forecasts at or after closeAt get no weight. When closeAt is not after
 * the first forecast there is no span to average over, so the last forecast's score stands
 * in for the whole question.
 */
export function stepAverage(times: ArrayLike<number>, scores: ArrayLike<number>, closeAt: number): number {
  const n = times.length;
  const first = times[0] as number;
  if (closeAt <= first) return scores[n - 1] as number;
  let integral = 0;
  for (let i = 0; i < n; i++) {
    const start = times[i] as number;
    if (start >= closeAt) break;
    const next = i + 1 < n ? (times[i + 1] as number) : closeAt;
    const end = next < closeAt ? next : closeAt;
    if (end > start) integral += (scores[i] as number) * (end - start);
  }
  return integral / (closeAt - first);
}

/** Validates a binary forecast log: non-empty unless allowed, sorted by t, p in [0, 1]. */
export function checkBinaryLog(name: string, forecasts: readonly TimedForecast[], allowEmpty = false): void {
  if (allowEmpty) assertArray(name, forecasts);
  else assertNonEmptyArray(name, forecasts);
  assertSortedTimes(name, forecasts);
  for (let i = 0; i < forecasts.length; i++) {
    assertProbability(`${name}[${i}].p`, (forecasts[i] as TimedForecast).p);
  }
}

/** Validates a multiple-choice log; every vector must have `optionCount` entries. */
export function checkMultiLog(
  name: string,
  forecasts: readonly TimedMultiForecast[],
  optionCount: number | undefined,
  allowEmpty = false,
): void {
  if (allowEmpty) assertArray(name, forecasts);
  else assertNonEmptyArray(name, forecasts);
  assertSortedTimes(name, forecasts);
  for (let i = 0; i < forecasts.length; i++) {
    assertProbabilityVector(`${name}[${i}].probs`, (forecasts[i] as TimedMultiForecast).probs, optionCount);
  }
}

export function timeAveragedBrier(forecasts: readonly TimedForecast[], outcome: number, closeAt: number): number {
  checkBinaryLog("forecasts", forecasts);
  assertOutcome("outcome", outcome);
  assertFinite("closeAt", closeAt);
  const n = forecasts.length;
  const times = new Float64Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = forecasts[i] as TimedForecast;
    const d = f.p - outcome;
    times[i] = f.t;
    scores[i] = d * d;
  }
  return stepAverage(times, scores, closeAt);
}

/** Time-averaged multiBrierScore (range 0–2); all vectors must have the same length. */
export function timeAveragedMultiBrier(
  forecasts: readonly TimedMultiForecast[],
  outcomeIndex: number,
  closeAt: number,
): number {
  assertNonEmptyArray("forecasts", forecasts);
  const first = forecasts[0] as TimedMultiForecast;
  assertProbabilityVector("forecasts[0].probs", first.probs);
  const optionCount = first.probs.length;
  checkMultiLog("forecasts", forecasts, optionCount);
  assertOptionIndex("outcomeIndex", outcomeIndex, optionCount);
  assertFinite("closeAt", closeAt);
  const n = forecasts.length;
  const times = new Float64Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = forecasts[i] as TimedMultiForecast;
    times[i] = f.t;
    scores[i] = multiBrierUnchecked(f.probs, outcomeIndex);
  }
  return stepAverage(times, scores, closeAt);
}
