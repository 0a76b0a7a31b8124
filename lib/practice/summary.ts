// The end of a practice run: your mean Brier, head to head with each author on the claims they
// made about your questions and with the crowd where there was one, and the calibration of the
// run. Pure; the numbers come from lib/forecasting.
import { calibrationBins, mean, type CalibrationPair } from "../forecasting";
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
