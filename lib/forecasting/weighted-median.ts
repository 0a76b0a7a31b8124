// The weighted-median rule shared by recencyWeightedMedian and the streaming aggregator, so
// both give identical answers on identical inputs.

import { assertInteger, assertNonEmptyArray, assertProbability, show } from "./validate";

/** Cumulative shares this close to one half count as exactly one half (float noise). */
export const HALF_TOLERANCE = 1e-12;

/**
 * Weighted median of `count` values given in ascending order through accessors: the first
 * value at which the cumulative weight share exceeds 1/2; when the share lands on exactly 1/2
 * the value is averaged with the next value that carries weight. Accessors (rather than
 * arrays) let the streaming aggregator read its own index structures without copying.
 */
export function weightedMedianOfSorted(
  count: number,
  valueAt: (i: number) => number,
  weightAt: (i: number) => number,
  totalWeight: number,
): number {
  const half = totalWeight / 2;
  const tolerance = HALF_TOLERANCE * totalWeight;
  let cumulative = 0;
  for (let i = 0; i < count; i++) {
    const w = weightAt(i);
    if (w === 0) continue;
    cumulative += w;
    if (Math.abs(cumulative - half) <= tolerance) {
      for (let j = i + 1; j < count; j++) {
        if (weightAt(j) > 0) return (valueAt(i) + valueAt(j)) / 2;
      }
      return valueAt(i);
    }
    if (cumulative > half) return valueAt(i);
  }
  // Only reachable when rounding leaves the running sum just short of half the total.
  return valueAt(count - 1);
}

/** Weighted median of probabilities with non-negative weights (not all zero). */
export function weightedMedian(values: readonly number[], weights: readonly number[]): number {
  assertNonEmptyArray("values", values);
  assertNonEmptyArray("weights", weights);
  if (weights.length !== values.length) {
    throw new RangeError(`weights must have the same length as values (${values.length}), got ${weights.length}`);
  }
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    assertProbability(`values[${i}]`, values[i]);
    const w = weights[i];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new RangeError(`weights[${i}] must be a finite number >= 0, got ${show(w)}`);
    }
    total += w;
  }
  if (!(total > 0)) throw new RangeError("weights must not all be zero");
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  return weightedMedianOfSorted(
    order.length,
    (i) => values[order[i] as number] as number,
    (i) => weights[order[i] as number] as number,
    total,
  );
}

/**
 * Metaculus recency weights for N forecasters ordered oldest first (n = 1…N):
 * wₙ = exp(√n − √N), so the newest weighs 1; all weights are 1 when N ≤ 2.
 */
export function recencyWeights(count: number): Float64Array {
  assertInteger("count", count, 1);
  const weights = new Float64Array(count);
  if (count <= 2) {
    weights.fill(1);
    return weights;
  }
  const rootN = Math.sqrt(count);
  for (let n = 1; n <= count; n++) weights[n - 1] = Math.exp(Math.sqrt(n) - rootN);
  return weights;
}
