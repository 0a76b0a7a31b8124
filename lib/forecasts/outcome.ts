// What happened, in the same shape as a forecast's vector: the one place that reads a
// resolution as scoring sees it, for live scores, practice, session reports and calibration.
import type { CalibrationPair } from "../forecasting";
import { isYesNo, type ShapedQuestion } from "./probabilities";

export type ScoredOutcome = { kind: "binary"; outcome: 0 | 1 } | { kind: "multi"; outcomeIndex: number };

type RecordedResolution = { outcome: string; optionId: string | null };

/**
 * The scorable outcome of a resolution, or null when there is none to score against (ambiguous
 * or annulled, or an option that is not one of the question's).
 */
export function scoredOutcome(question: ShapedQuestion, resolution: RecordedResolution | null): ScoredOutcome | null {
  if (!resolution) return null;
  if (isYesNo(question)) {
    if (resolution.outcome === "YES") return { kind: "binary", outcome: 1 };
    if (resolution.outcome === "NO") return { kind: "binary", outcome: 0 };
    return null;
  }
  if (resolution.outcome !== "OPTION") return null;
  const outcomeIndex = question.options.findIndex((option) => option.id === resolution.optionId);
  return outcomeIndex >= 0 ? { kind: "multi", outcomeIndex } : null;
}

/** The probability a forecast gave to what happened. */
export function probabilityOfOutcome(probs: readonly number[], outcome: ScoredOutcome): number {
  return outcome.kind === "binary" ? (outcome.outcome === 1 ? probs[0]! : 1 - probs[0]!) : probs[outcome.outcomeIndex]!;
}

/** Calibration pairs of one forecast: one for a yes/no question, one per option otherwise. */
export function calibrationPairs(probs: readonly number[], outcome: ScoredOutcome): CalibrationPair[] {
  if (outcome.kind === "binary") return [{ p: probs[0]!, outcome: outcome.outcome }];
  return probs.map((p, index) => ({ p, outcome: index === outcome.outcomeIndex ? 1 : 0 }));
}
