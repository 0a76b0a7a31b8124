// Log-odds helpers. Inputs are clamped first so certainty (0 or 1) cannot produce ±Infinity.

import { clampProbability } from "./validate";

export function clampedLogit(p: number): number {
  const c = clampProbability(p);
  return Math.log(c / (1 - c));
}

export function sigmoid(x: number): number {
  // Branching keeps exp() from overflowing for large |x|.
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
