// The crowd forecast over time: after every change, pool each forecaster's latest forecast.

import {
  AGGREGATION_METHODS,
  AggregateTracker,
  DEFAULT_EXTREMIZING_FACTOR,
  type AggregationMethod,
} from "./aggregate-tracker";
import type { ForecastLogEntry, MultiForecastLogEntry } from "./types";
import {
  assertArray,
  assertPositiveFinite,
  assertProbability,
  assertProbabilityVector,
  assertSortedTimes,
  show,
} from "./validate";

export interface SeriesPoint {
  t: number;
  p: number;
  /** Forecasters with a forecast standing at t. */
  n: number;
}

export interface MultiSeriesPoint {
  t: number;
  probs: number[];
  n: number;
}

export interface AggregateOptions {
  /** Extremizing factor for "extremized"; finite and > 0. */
  d?: number;
}

function checkMethodAndOptions(method: unknown, options: AggregateOptions | undefined): number {
  if (!AGGREGATION_METHODS.includes(method as AggregationMethod)) {
    throw new RangeError(`method must be one of ${AGGREGATION_METHODS.join(", ")}, got ${show(method)}`);
  }
  if (options === undefined || options.d === undefined) return DEFAULT_EXTREMIZING_FACTOR;
  assertPositiveFinite("options.d", options.d);
  return options.d;
}

function checkLogShape(log: readonly { readonly forecasterId: unknown; readonly t: number }[]): void {
  assertArray("log", log);
  assertSortedTimes("log", log);
  for (let i = 0; i < log.length; i++) {
    const id = (log[i] as { forecasterId: unknown }).forecasterId;
    if (typeof id !== "string") {
      throw new RangeError(`log[${i}].forecasterId must be a string, got ${show(id)}`);
    }
  }
}

/** Maps forecaster ids to dense slots so trackers can use arrays instead of maps. */
function slotter(): (id: string) => number {
  const slots = new Map<string, number>();
  return (id) => {
    let slot = slots.get(id);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(id, slot);
    }
    return slot;
  };
}

/**
 * One point per distinct forecast time, after all forecasts at that time are applied (two
 * forecasts at the same instant yield one point, since the in-between state never lasts).
 * For "recencyWeightedMedian" forecasters are ordered by their latest forecast's time, oldest
 * first. `options.d` defaults to DEFAULT_EXTREMIZING_FACTOR. O(N · k) for N forecasts and k
 * active forecasters.
 */
export function aggregateSeries(
  log: readonly ForecastLogEntry[],
  method: AggregationMethod,
  options?: AggregateOptions,
): SeriesPoint[] {
  const d = checkMethodAndOptions(method, options);
  checkLogShape(log);
  for (let i = 0; i < log.length; i++) assertProbability(`log[${i}].p`, (log[i] as ForecastLogEntry).p);

  const tracker = new AggregateTracker(method, d);
  const slotOf = slotter();
  const points: SeriesPoint[] = [];
  for (let i = 0; i < log.length; i++) {
    const entry = log[i] as ForecastLogEntry;
    tracker.set(slotOf(entry.forecasterId), entry.p);
    const following = log[i + 1];
    if (following !== undefined && following.t === entry.t) continue;
    points.push({ t: entry.t, p: tracker.value(), n: tracker.size });
  }
  return points;
}

/**
 * Multiple-choice version: each option is pooled on its own with the binary method, then the
 * pooled vector is divided by its sum so it adds up to 1. Medians can pool to all zeros (e.g.
 * three forecasters each certain of a different option); the result is then uniform, as the
 * crowd favours no option.
 */
export function aggregateSeriesMulti(
  log: readonly MultiForecastLogEntry[],
  method: AggregationMethod,
  options?: AggregateOptions,
): MultiSeriesPoint[] {
  const d = checkMethodAndOptions(method, options);
  checkLogShape(log);
  if (log.length === 0) return [];
  const optionCount = (log[0] as MultiForecastLogEntry).probs?.length;
  for (let i = 0; i < log.length; i++) {
    assertProbabilityVector(
      `log[${i}].probs`,
      (log[i] as MultiForecastLogEntry).probs,
      i === 0 ? undefined : optionCount,
    );
  }
  const k = optionCount as number;

  const trackers = Array.from({ length: k }, () => new AggregateTracker(method, d));
  const slotOf = slotter();
  const points: MultiSeriesPoint[] = [];
  for (let i = 0; i < log.length; i++) {
    const entry = log[i] as MultiForecastLogEntry;
    const slot = slotOf(entry.forecasterId);
    for (let j = 0; j < k; j++) (trackers[j] as AggregateTracker).set(slot, entry.probs[j] as number);
    const following = log[i + 1];
    if (following !== undefined && following.t === entry.t) continue;
    const probs = normalizePooled(trackers.map((tracker) => tracker.value()));
    points.push({ t: entry.t, probs, n: (trackers[0] as AggregateTracker).size });
  }
  return points;
}

/** Options pooled one by one, divided by their sum; uniform when every option pooled to zero. */
export function normalizePooled(pooled: readonly number[]): number[] {
  const total = pooled.reduce((a, b) => a + b, 0);
  return total > 0 ? pooled.map((v) => v / total) : pooled.map(() => 1 / pooled.length);
}
