// Scores of a NUMERIC or DATE question resolved with a value: per forecaster, the time-averaged
// log score, baseline score and CRPS of their distributions (lib/forecasting/continuous), over
// the same window as the Brier scores. Written to ContinuousScore, never to QuestionScore, so
// Brier means, leaderboards and calibration only ever see probabilities.
import { randomUUID } from "node:crypto";
import type { DbTransaction } from "../db/client";
import { coverage } from "../forecasting";
import {
  timeAveragedContinuousBaselineScore,
  timeAveragedContinuousCrps,
  timeAveragedContinuousLogScore,
  timeAveragedScaledCrps,
  type ContinuousRange,
  type TimedCdf,
} from "../forecasting/continuous";
import { parseCdf } from "../forecasts/continuous";

export type ContinuousForecasterScore = {
  userId: string;
  logScore: number;
  baselineScore: number;
  crps: number;
  scaledCrps: number;
  coverage: number;
  forecastCount: number;
};

export type TimedUserCdf = TimedCdf & { userId: string };

/**
 * Each forecaster's scores against `outcome` (epoch ms for dates). Forecasts after the window's
 * end (the earlier of closeAt and the event) do not count; time before a forecaster's first
 * forecast is left out and reported as coverage, as for the binary scores.
 */
export function scoreDistributions(
  log: readonly TimedUserCdf[],
  range: ContinuousRange,
  outcome: number,
  window: { openAt: number; closeAt: number; occurredAt: number },
): ContinuousForecasterScore[] {
  const end = Math.min(window.closeAt, window.occurredAt);
  const byUser = new Map<string, TimedCdf[]>();
  for (const entry of [...log].sort((a, b) => a.t - b.t)) {
    if (entry.t > end) continue;
    const list = byUser.get(entry.userId) ?? [];
    list.push({ t: entry.t, cdf: entry.cdf });
    byUser.set(entry.userId, list);
  }
  if (byUser.size === 0) return [];
  const openAt = Math.min(window.openAt, ...[...byUser.values()].map((list) => list[0]!.t));
  const windowEnd = end > openAt ? end : openAt + 1;
  return [...byUser].map(([userId, list]) => ({
    userId,
    logScore: timeAveragedContinuousLogScore(list, range, outcome, windowEnd),
    baselineScore: timeAveragedContinuousBaselineScore(list, range, outcome, windowEnd),
    crps: timeAveragedContinuousCrps(list, range, outcome, windowEnd),
    scaledCrps: timeAveragedScaledCrps(list, range, outcome, windowEnd),
    coverage: coverage(list[0]!.t, openAt, windowEnd),
    forecastCount: list.length,
  }));
}

/** Reads the question's live distributions, scores them and writes the rows; returns how many. */
export async function recomputeContinuousScores(
  tx: DbTransaction,
  question: { id: string; range: ContinuousRange },
  resolution: { id: string; value: number },
  window: { openAt: number; closeAt: number; occurredAt: number },
): Promise<number> {
  const rows = await tx.forecast.findMany({
    where: { questionId: question.id, mode: "LIVE" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { userId: true, createdAt: true, cdf: true },
  });
  const log = rows.map((row) => ({ userId: row.userId, t: row.createdAt.getTime(), cdf: parseCdf(row.cdf) }));
  const scores = scoreDistributions(log, question.range, resolution.value, window);
  const computedAt = new Date();
  if (scores.length > 0) {
    await tx.continuousScore.createMany({
      data: scores.map((score) => ({
        id: `cs${randomUUID().replaceAll("-", "")}`,
        questionId: question.id,
        resolutionId: resolution.id,
        computedAt,
        ...score,
      })),
    });
  }
  return scores.length;
}
