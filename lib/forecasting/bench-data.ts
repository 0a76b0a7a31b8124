// Deterministic synthetic (p, outcome) pairs for the calibration benchmarks, so every run and
// every machine measures the same input.

import type { CalibrationPair } from "./calibration";

/** mulberry32: a tiny 32-bit PRNG; plenty for synthetic data, not for anything secret. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pairs whose outcomes are drawn with probability p, i.e. a perfectly calibrated forecaster. */
export function syntheticPairs(count: number, seed = 20240601): CalibrationPair[] {
  const random = mulberry32(seed);
  const pairs: CalibrationPair[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const p = random();
    pairs[i] = { p, outcome: random() < p ? 1 : 0 };
  }
  return pairs;
}

/** The baseline the benchmarks compare against: one pass that only reads and sums p. */
export function sumP(pairs: readonly CalibrationPair[]): number {
  let sum = 0;
  for (let i = 0; i < pairs.length; i++) sum += (pairs[i] as CalibrationPair).p;
  return sum;
}
