// Per-author summaries of scored claims: mean Brier and log score, and calibration once there
// are enough claims for bins to mean anything. Pure; the scores come from lib/forecasting.
import { calibrationBins, mean } from "../forecasting";
import type { AuthorSummary, ReviewArticle, ReviewClaim } from "./types";

export const MIN_CLAIMS_FOR_CALIBRATION = 5;
/** Few claims per author: five 20-point bins keep each bin from holding a single claim. */
export const REVIEW_CALIBRATION_BINS = 5;

/** Arithmetic mean of any numbers (log scores are negative, so `mean` of probabilities does not apply). */
export function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

export function summarizeClaims(claims: readonly ReviewClaim[]) {
  const scored = claims.filter((claim) => claim.scored);
  const briers = scored.map((claim) => claim.brier as number);
  return {
    scoredCount: scored.length,
    // Brier scores of binary claims lie in [0, 1], so the forecasting module's mean applies.
    meanBrier: briers.length > 0 ? mean(briers) : null,
    meanLogScore: average(scored.map((claim) => claim.logScore as number)),
    pairs: scored.map((claim) => ({ p: claim.impliedProbability, outcome: claim.outcome as 0 | 1 })),
  };
}

export function summarizeAuthor(author: string, articles: ReviewArticle[], claims: ReviewClaim[]): AuthorSummary {
  const { scoredCount, meanBrier, meanLogScore, pairs } = summarizeClaims(claims);
  return {
    author,
    articles,
    claims,
    claimCount: claims.length,
    scoredCount,
    quotedCount: claims.filter((claim) => claim.attribution !== null).length,
    meanBrier,
    meanLogScore,
    calibration: scoredCount >= MIN_CLAIMS_FOR_CALIBRATION ? calibrationBins(pairs, REVIEW_CALIBRATION_BINS) : null,
  };
}

/** Authors best first (lowest mean Brier); authors with nothing scored last. */
export function byMeanBrier<T extends { author: string; meanBrier: number | null }>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      (a.meanBrier ?? Number.POSITIVE_INFINITY) - (b.meanBrier ?? Number.POSITIVE_INFINITY) ||
      a.author.localeCompare(b.author),
  );
}
