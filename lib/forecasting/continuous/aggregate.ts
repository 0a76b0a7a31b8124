// The crowd's distribution: the pointwise median of the forecasters' CDFs, plain or with the
// Metaculus recency weights the binary crowd uses (../weighted-median.ts). A pointwise (weighted)
// median of CDFs is itself a CDF, and it keeps the step limits: each step of the median is at
// least the smallest and at most the largest step among the inputs.

import { median } from "../aggregates";
import { assertArray, assertNonEmptyArray, assertSortedTimes, show } from "../validate";
import { recencyWeights, weightedMedian } from "../weighted-median";
import { assertCdfShape } from "./cdf-validate";
import type { Cdf } from "./read";
import { CDF_POINT_COUNT } from "./range";

function checkCdfs(cdfs: readonly Cdf[]): void {
  assertNonEmptyArray("cdfs", cdfs);
  for (let i = 0; i < cdfs.length; i++) assertCdfShape(cdfs[i], `cdfs[${i}]`);
}

/** Pointwise median of CDFs (mean of the two middle values for an even count). */
export function medianCdf(cdfs: readonly Cdf[]): number[] {
  checkCdfs(cdfs);
  const result: number[] = [];
  const column: number[] = new Array<number>(cdfs.length);
  for (let i = 0; i < CDF_POINT_COUNT; i++) {
    for (let j = 0; j < cdfs.length; j++) column[j] = (cdfs[j] as Cdf)[i] as number;
    result.push(median(column));
  }
  return result;
}

/**
 * Pointwise weighted median with weights exp(√n − √N), forecasters ordered oldest latest
 * forecast first (n = 1…N); all weights 1 when N ≤ 2, like recencyWeightedMedian.
 */
export function recencyWeightedMedianCdf(cdfsOldestFirst: readonly Cdf[]): number[] {
  checkCdfs(cdfsOldestFirst);
  const weights = Array.from(recencyWeights(cdfsOldestFirst.length));
  const result: number[] = [];
  const column: number[] = new Array<number>(cdfsOldestFirst.length);
  for (let i = 0; i < CDF_POINT_COUNT; i++) {
    for (let j = 0; j < cdfsOldestFirst.length; j++) column[j] = (cdfsOldestFirst[j] as Cdf)[i] as number;
    result.push(weightedMedian(column, weights));
  }
  return result;
}

export const CDF_AGGREGATION_METHODS = ["median", "recencyWeightedMedian"] as const;
export type CdfAggregationMethod = (typeof CDF_AGGREGATION_METHODS)[number];

export interface CdfLogEntry {
  readonly forecasterId: string;
  readonly t: number;
  readonly cdf: Cdf;
}

export interface CdfSeriesPoint {
  t: number;
  cdf: number[];
  /** Forecasters with a forecast standing at t. */
  n: number;
}

/**
 * The crowd CDF over time, like aggregateSeries for binary questions: one point per distinct
 * forecast time, pooling every forecaster's latest CDF once all forecasts at that time are in.
 * For the recency-weighted median, forecasters are ordered by the time of their latest forecast.
 */
export function aggregateCdfSeries(log: readonly CdfLogEntry[], method: CdfAggregationMethod): CdfSeriesPoint[] {
  if (!CDF_AGGREGATION_METHODS.includes(method)) {
    throw new RangeError(`method must be one of ${CDF_AGGREGATION_METHODS.join(", ")}, got ${show(method)}`);
  }
  assertArray("log", log);
  assertSortedTimes("log", log);
  for (let i = 0; i < log.length; i++) {
    const entry = log[i] as CdfLogEntry;
    if (typeof entry.forecasterId !== "string") {
      throw new RangeError(`log[${i}].forecasterId must be a string, got ${show(entry.forecasterId)}`);
    }
    assertCdfShape(entry.cdf, `log[${i}].cdf`);
  }
  // A Map keeps insertion order; re-inserting on every forecast keeps it ordered by latest time.
  const latest = new Map<string, Cdf>();
  const points: CdfSeriesPoint[] = [];
  for (let i = 0; i < log.length; i++) {
    const entry = log[i] as CdfLogEntry;
    latest.delete(entry.forecasterId);
    latest.set(entry.forecasterId, entry.cdf);
    const next = log[i + 1];
    if (next && next.t === entry.t) continue;
    const standing = [...latest.values()];
    const cdf = method === "median" ? medianCdf(standing) : recencyWeightedMedianCdf(standing);
    points.push({ t: entry.t, cdf, n: standing.length });
  }
  return points;
}
