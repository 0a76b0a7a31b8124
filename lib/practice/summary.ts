// The end of a practice run: your mean Brier, head to head with each author on the claims they
// made about your questions and with the crowd where there was one, and the calibration of the
// run. Pure; the numbers come from lib/forecasting.
import { brierScore, calibrationBins, mean, multiBrierScore, type CalibrationPair } from "../forecasting";
import { calibrationPairs, type ScoredOutcome } from "../forecasts/outcome";
import { average } from "../review/summary";
import type { Reveal } from "./reveal";

/** A run holds a handful of answers: five 20-point bins, as in the review. */
export const PRACTICE_CALIBRATION_BINS = 5;

export type SummaryItem = {
  type: "BINARY" | "MULTIPLE_CHOICE";
  /** Your probabilities in option order ([P(yes)] for yes/no). */
  probs: number[];
  outcome: ScoredOutcome;
  reveal: Reveal;
};

const runCalibrationPairs = (items: readonly SummaryItem[]): CalibrationPair[] =>
  items.flatMap((item) => calibrationPairs(item.probs, item.outcome));

/**
 * The score of knowing nothing: 50% on a yes/no question, equal odds across a multiple-choice
 * question's options. A mean Brier above it means the answers did worse than not guessing.
 */
function uninformedBrier(item: SummaryItem): number {
  if (item.outcome.kind === "binary") return brierScore(0.5, item.outcome.outcome);
  const options = item.probs.length;
  return multiBrierScore(
    Array.from({ length: options }, () => 1 / options),
    item.outcome.outcomeIndex,
  );
}

export function summarizeRun(items: readonly SummaryItem[]) {
  if (items.length === 0) return null;
  const briers = items.map((item) => item.reveal.yourScore.brier);

  const byAuthor = new Map<string, { authorBriers: number[]; yourBriers: number[] }>();
  for (const item of items) {
    for (const claim of item.reveal.authors) {
      if (!claim.scored) continue;
      const entry = byAuthor.get(claim.author) ?? { authorBriers: [], yourBriers: [] };
      entry.authorBriers.push(claim.brier!);
      entry.yourBriers.push(claim.yourBrier!);
      byAuthor.set(claim.author, entry);
    }
  }
  const vsAuthors = [...byAuthor.entries()]
    .map(([author, entry]) => ({
      author,
      claims: entry.authorBriers.length,
      authorBrier: mean(entry.authorBriers),
      yourBrier: mean(entry.yourBriers),
    }))
    .sort((a, b) => a.author.localeCompare(b.author));

  const withCrowd = items.filter((item) => item.reveal.crowd !== null);
  const pairs = runCalibrationPairs(items);
  return {
    answered: items.length,
    // Multiple-choice Brier runs to 2, so this is a plain average rather than a mean of probabilities.
    meanBrier: average(briers)!,
    /** The same questions answered with no information (see uninformedBrier). */
    uninformedBrier: average(items.map(uninformedBrier))!,
    vsAuthors,
    vsCrowd:
      withCrowd.length === 0
        ? null
        : {
            questions: withCrowd.length,
            crowdBrier: average(withCrowd.map((item) => item.reveal.crowd!.brier))!,
            yourBrier: average(withCrowd.map((item) => item.reveal.yourScore.brier))!,
          },
    calibration: calibrationBins(pairs, PRACTICE_CALIBRATION_BINS),
    pairCount: pairs.length,
  };
}

export type RunSummary = NonNullable<ReturnType<typeof summarizeRun>>;
