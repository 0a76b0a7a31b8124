// Ways to pool several forecasters' probabilities for one binary outcome into one probability.

import { clampedLogit, sigmoid } from "./log-odds";
import { medianOfSorted } from "./sorted-list";
import { assertPositiveFinite, assertProbabilities, clampProbability } from "./validate";
import { recencyWeights, weightedMedianOfSorted } from "./weighted-median";

/** Keeps a pooled value inside [lo, hi]; the exact result lies there, rounding may not. */
export function clampInto(value: number, lo: number, hi: number): number {
  return value < lo ? lo : value > hi ? hi : value;
}

function minMax(ps: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of ps) {
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  return [lo, hi];
}

export function mean(ps: readonly number[]): number {
  assertProbabilities("ps", ps);
  let sum = 0;
  for (const p of ps) sum += p;
  const [lo, hi] = minMax(ps);
  return clampInto(sum / ps.length, lo, hi);
}

/** Middle value; the mean of the two middle values when the count is even. */
export function median(ps: readonly number[]): number {
  assertProbabilities("ps", ps);
  return medianOfSorted(Float64Array.from(ps).sort());
}

function meanClampedLogit(ps: readonly number[]): number {
  let sum = 0;
  for (const p of ps) sum += clampedLogit(p);
  return sum / ps.length;
}

/**
 * The probability whose odds are the geometric mean of the forecasters' odds (after clamping
 * into [0.001, 0.999]), i.e. the mean in log-odds space.
 */
export function geometricMeanOfOdds(ps: readonly number[]): number {
  assertProbabilities("ps", ps);
  const [lo, hi] = minMax(ps);
  return clampInto(sigmoid(meanClampedLogit(ps)), clampProbability(lo), clampProbability(hi));
}

/**
 * σ(d · mean logit pᵢ) (Satopää et al. 2014). d > 1 pushes the pool away from 1/2, which pays
 * off when forecasters hold partly independent evidence; d = 1 is geometricMeanOfOdds.
 */
export function extremizedMeanLogOdds(ps: readonly number[], d: number): number {
  assertProbabilities("ps", ps);
  assertPositiveFinite("d", d);
  return sigmoid(d * meanClampedLogit(ps));
}

/**
 * Metaculus-style recency-weighted median of each forecaster's latest forecast, given oldest
 * first: the n-th of N weighs exp(√n − √N) (all 1 when N ≤ 2).
 */
export function recencyWeightedMedian(psInTimeOrder: readonly number[]): number {
  assertProbabilities("psInTimeOrder", psInTimeOrder);
  const weights = recencyWeights(psInTimeOrder.length);
  const order = psInTimeOrder
    .map((_, i) => i)
    .sort((a, b) => (psInTimeOrder[a] as number) - (psInTimeOrder[b] as number));
  let total = 0;
  for (const w of weights) total += w;
  return weightedMedianOfSorted(
    order.length,
    (i) => psInTimeOrder[order[i] as number] as number,
    (i) => weights[order[i] as number] as number,
    total,
  );
}
