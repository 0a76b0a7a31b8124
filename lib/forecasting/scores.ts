// Proper scoring rules for single forecasts. Lower Brier is better; higher log, baseline and
// peer scores are better. Formulas and sources are in README.md.

import {
  assertNonEmptyArray,
  assertInteger,
  assertOptionIndex,
  assertOutcome,
  assertProbabilities,
  assertProbability,
  clampProbability,
} from "./validate";

/** (p − o)², in [0, 1]. Half the two-outcome Brier score that Good Judgment Open reports. */
export function brierScore(p: number, outcome: number): number {
  assertProbability("p", p);
  assertOutcome("outcome", outcome);
  const d = p - outcome;
  return d * d;
}

/**
 * Σᵢ (pᵢ − oᵢ)² with oᵢ = 1 for the option that happened, in [0, 2]. Entries must each be in
 * [0, 1]; whether they sum to 1 is left to the caller (rounded inputs are common).
 */
export function multiBrierScore(probs: readonly number[], outcomeIndex: number): number {
  assertProbabilities("probs", probs);
  assertOptionIndex("outcomeIndex", outcomeIndex, probs.length);
  return multiBrierUnchecked(probs, outcomeIndex);
}

export function multiBrierUnchecked(probs: readonly number[], outcomeIndex: number): number {
  let sum = 0;
  for (let i = 0; i < probs.length; i++) {
    const d = (probs[i] as number) - (i === outcomeIndex ? 1 : 0);
    sum += d * d;
  }
  return sum;
}

/** ln of the (clamped) probability given to what happened; ≤ 0. */
export function logScore(p: number, outcome: number): number {
  assertProbability("p", p);
  assertOutcome("outcome", outcome);
  const c = clampProbability(p);
  return Math.log(outcome === 1 ? c : 1 - c);
}

/**
 * Metaculus baseline score: 100 · ln(p·K) / ln K, where p is the probability given to the
 * outcome that happened and K the number of options. 0 for the uniform forecast 1/K,
 * 100 for certainty on the right answer.
 */
export function baselineScore(pOutcome: number, optionCount: number): number {
  assertProbability("pOutcome", pOutcome);
  assertInteger("optionCount", optionCount, 2);
  const p = clampProbability(pOutcome);
  return (100 * Math.log(p * optionCount)) / Math.log(optionCount);
}

/**
 * Metaculus peer score for one forecast: 100 · ln(p / G), G the geometric mean of the others'
 * probabilities for the same outcome. Positive means better than the typical other forecaster.
 */
/**
 * Every forecaster's peer score against all the others at once, from one sum of logs (the
 * same value as peerScore(p[i], p without i), in O(n) rather than O(n²)); null for a lone one.
 */
export function peerScoresOfAll(pOutcomes: readonly number[]): (number | null)[] {
  assertProbabilities("pOutcomes", pOutcomes);
  const logs = pOutcomes.map((p) => Math.log(clampProbability(p)));
  const total = logs.reduce((sum, value) => sum + value, 0);
  const others = logs.length - 1;
  return logs.map((mine) => (others > 0 ? 100 * (mine - (total - mine) / others) : null));
}

export function peerScore(pOutcome: number, othersPOutcome: readonly number[]): number {
  assertProbability("pOutcome", pOutcome);
  assertNonEmptyArray("othersPOutcome", othersPOutcome);
  assertProbabilities("othersPOutcome", othersPOutcome);
  let sumLog = 0;
  for (const q of othersPOutcome) sumLog += Math.log(clampProbability(q));
  return 100 * (Math.log(clampProbability(pOutcome)) - sumLog / othersPOutcome.length);
}
