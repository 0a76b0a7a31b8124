// Incremental pool of each forecaster's latest probability for one outcome. aggregateSeries
// feeds it one forecast at a time, so the pooled value at every change point costs O(k)
// (k = active forecasters) instead of re-sorting all k values from scratch.
//
// The pooled value is a function of the current set of latest forecasts alone (their values and
// the order in which they were made), never of the history that led to it: sums are taken afresh
// over the sorted values, not kept as a running total. A pool fed a whole log and a pool fed only
// each forecaster's latest forecast therefore agree to the last bit, which is what lets the
// stored crowd read models be written one forecast at a time and rebuilt from the log alike.

import { clampInto } from "./aggregates";
import { clampedLogit, sigmoid } from "./log-odds";
import { lowerBound, medianOfSorted, upperBound } from "./sorted-list";
import { clampProbability } from "./validate";
import { recencyWeights, weightedMedianOfSorted } from "./weighted-median";

export type AggregationMethod = "recencyWeightedMedian" | "mean" | "median" | "geometricMeanOfOdds" | "extremized";

export const AGGREGATION_METHODS: readonly AggregationMethod[] = [
  "recencyWeightedMedian",
  "mean",
  "median",
  "geometricMeanOfOdds",
  "extremized",
];

/** Default extremizing factor d for "extremized"; README.md explains the choice. */
export const DEFAULT_EXTREMIZING_FACTOR = 1.5;

export class AggregateTracker {
  private readonly method: AggregationMethod;
  private readonly d: number;
  private readonly usesLogit: boolean;
  /** Latest probability per forecaster slot; undefined until the slot's first forecast. */
  private readonly latest: (number | undefined)[] = [];
  private readonly sortedValues: number[] = [];
  /** p or clamped logit(p), in the same (sorted) order as sortedValues: logit is monotone. */
  private readonly sortedContributions: number[] = [];
  private readonly sortedSlots: number[] = [];
  /** Slots ordered by the time of their latest forecast, oldest first (recency median only). */
  private readonly recency: number[] = [];
  private rank: Int32Array = new Int32Array(16);
  private weights: Float64Array = new Float64Array(0);
  private weightTotal = 0;

  constructor(method: AggregationMethod, d: number) {
    this.method = method;
    this.d = d;
    this.usesLogit = method === "geometricMeanOfOdds" || method === "extremized";
  }

  get size(): number {
    return this.sortedValues.length;
  }

  /** Records `p` as the latest forecast of `slot` (a small non-negative integer). */
  set(slot: number, p: number): void {
    const previous = this.latest[slot];
    if (previous !== undefined) {
      let i = lowerBound(this.sortedValues, previous);
      while (this.sortedSlots[i] !== slot) i++;
      this.sortedValues.splice(i, 1);
      this.sortedContributions.splice(i, 1);
      this.sortedSlots.splice(i, 1);
      if (this.method === "recencyWeightedMedian") this.recency.splice(this.recency.indexOf(slot), 1);
    }
    const at = upperBound(this.sortedValues, p);
    this.sortedValues.splice(at, 0, p);
    this.sortedContributions.splice(at, 0, this.usesLogit ? clampedLogit(p) : p);
    this.sortedSlots.splice(at, 0, slot);
    if (this.method === "recencyWeightedMedian") this.recency.push(slot);
    this.latest[slot] = p;
  }

  /** Pooled probability of the current latest forecasts; requires size > 0. */
  value(): number {
    const k = this.sortedValues.length;
    const lo = this.sortedValues[0] as number;
    const hi = this.sortedValues[k - 1] as number;
    switch (this.method) {
      case "mean":
        return clampInto(this.meanContribution(), lo, hi);
      case "median":
        return medianOfSorted(this.sortedValues);
      case "geometricMeanOfOdds":
        return clampInto(sigmoid(this.meanContribution()), clampProbability(lo), clampProbability(hi));
      case "extremized":
        return sigmoid(this.d * this.meanContribution());
      case "recencyWeightedMedian":
        return this.recencyWeightedMedian();
    }
  }

  private recencyWeightedMedian(): number {
    const k = this.recency.length;
    if (this.weights.length !== k) {
      // k only changes when a new forecaster arrives, so this table is rebuilt rarely.
      this.weights = recencyWeights(k);
      this.weightTotal = this.weights.reduce((a, b) => a + b, 0);
    }
    if (this.rank.length < this.latest.length) {
      this.rank = new Int32Array(Math.max(this.latest.length, this.rank.length * 2));
    }
    const rank = this.rank;
    for (let n = 0; n < k; n++) rank[this.recency[n] as number] = n;
    const weights = this.weights;
    const values = this.sortedValues;
    const slots = this.sortedSlots;
    return weightedMedianOfSorted(
      k,
      (i) => values[i] as number,
      (i) => weights[rank[slots[i] as number] as number] as number,
      this.weightTotal,
    );
  }

  /** Neumaier-compensated mean of the contributions, summed in sorted order. */
  private meanContribution(): number {
    const values = this.sortedContributions;
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i < values.length; i++) {
      const x = values[i] as number;
      const t = sum + x;
      if (Math.abs(sum) >= Math.abs(x)) compensation += sum - t + x;
      else compensation += x - t + sum;
      sum = t;
    }
    return (sum + compensation) / values.length;
  }
}
