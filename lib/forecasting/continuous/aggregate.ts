// The crowd's distribution: the pointwise median of the forecasters' CDFs, plain or with the
// Metaculus recency weights the binary crowd uses (../weighted-median.ts). A pointwise (weighted)
// median of CDFs is itself a CDF, and it keeps the step limits: each step of the median is at
// least the smallest and at most the largest step among the inputs.

import { median } from "../aggregates";
import { assertArray, assertNonEmptyArray, assertSortedTimes, show } from "../validate";
import { recencyWeights, weightedMedian, weightedMedianOfSorted } from "../weighted-median";
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
 *
 * Incremental, like the binary tracker: each of the 201 columns keeps the forecasters sorted by
 * their value there (binary-search insert and remove), so a point costs O(201 · k) for k
 * forecasters instead of 201 sorts.
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
  const slotOf = new Map<string, number>();
  const latest: Cdf[] = [];
  // Slots in the order of their latest forecast, oldest first (a Map keeps insertion order).
  const recency = new Map<number, true>();
  const columns: number[][] = Array.from({ length: CDF_POINT_COUNT }, () => []);
  const weights: number[] = [];
  const points: CdfSeriesPoint[] = [];
  for (let i = 0; i < log.length; i++) {
    const entry = log[i] as CdfLogEntry;
    let slot = slotOf.get(entry.forecasterId);
    if (slot === undefined) {
      slot = latest.length;
      slotOf.set(entry.forecasterId, slot);
      latest.push(entry.cdf);
      weights.push(1);
    } else {
      for (let c = 0; c < CDF_POINT_COUNT; c++) removeFromColumn(columns[c] as number[], latest, c, slot);
      latest[slot] = entry.cdf;
    }
    for (let c = 0; c < CDF_POINT_COUNT; c++) insertIntoColumn(columns[c] as number[], latest, c, slot);
    recency.delete(slot);
    recency.set(slot, true);
    const next = log[i + 1];
    if (next && next.t === entry.t) continue;
    const n = recency.size;
    points.push({
      t: entry.t,
      cdf: method === "median" ? columnMedians(columns, latest, n) : weightedColumnMedians(),
      n,
    });
  }
  return points;

  function weightedColumnMedians(): number[] {
    const n = recency.size;
    const rootN = Math.sqrt(n);
    let rank = 1;
    let total = 0;
    for (const slot of recency.keys()) {
      const weight = n <= 2 ? 1 : Math.exp(Math.sqrt(rank) - rootN);
      weights[slot] = weight;
      total += weight;
      rank++;
    }
    const cdf: number[] = [];
    for (let c = 0; c < CDF_POINT_COUNT; c++) {
      const column = columns[c] as number[];
      cdf.push(
        weightedMedianOfSorted(
          n,
          (j) => (latest[column[j] as number] as Cdf)[c] as number,
          (j) => weights[column[j] as number] as number,
          total,
        ),
      );
    }
    return cdf;
  }
}

const valueAt = (latest: readonly Cdf[], slot: number, c: number) => (latest[slot] as Cdf)[c] as number;

/** First index in `column` whose value at c is not below `value`. */
function lowerBound(column: readonly number[], latest: readonly Cdf[], c: number, value: number): number {
  let lo = 0;
  let hi = column.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(latest, column[mid] as number, c) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertIntoColumn(column: number[], latest: readonly Cdf[], c: number, slot: number): void {
  column.splice(lowerBound(column, latest, c, valueAt(latest, slot, c)), 0, slot);
}

function removeFromColumn(column: number[], latest: readonly Cdf[], c: number, slot: number): void {
  let j = lowerBound(column, latest, c, valueAt(latest, slot, c));
  while (column[j] !== slot) j++;
  column.splice(j, 1);
}

function columnMedians(columns: readonly number[][], latest: readonly Cdf[], n: number): number[] {
  const cdf: number[] = [];
  const middle = n >> 1;
  for (let c = 0; c < CDF_POINT_COUNT; c++) {
    const column = columns[c] as number[];
    const upper = valueAt(latest, column[middle] as number, c);
    cdf.push(n % 2 === 1 ? upper : (valueAt(latest, column[middle - 1] as number, c) + upper) / 2);
  }
  return cdf;
}
