// Scores of every forecaster on one resolved question, from its live forecast log. Pure: the
// numbers come from lib/forecasting, this module only shapes the log into its inputs.
//
// The scored window runs from the question's opening to whichever comes first, its close or
// the event; forecasts made after the event are not scored (they could not be forecasts).
import {
  brierScore,
  coverage,
  logScore,
  multiBrierScore,
  peerScoresOfAll,
  relativeBriersOfAll,
  timeAveragedBrier,
  timeAveragedMultiBrier,
  type TimedForecast,
  type TimedMultiForecast,
} from "../forecasting";
// Not in the index: an async entry point validates inside its promise, not synchronously.
import { relativeBriersOfAllInSlices } from "../forecasting/relative-brier-all";
import { calibrationPairs, probabilityOfOutcome, type ScoredOutcome } from "../forecasts/outcome";
import { encodeCalibration } from "./calibration-column";

export type LoggedForecast = { userId: string; t: number; probs: number[] };

export type ForecasterScore = {
  userId: string;
  finalBrier: number;
  timeAvgBrier: number;
  coverage: number;
  relativeBrier: number | null;
  logScore: number;
  peerScore: number | null;
  forecastCount: number;
  /** The final scored forecast's calibration pairs, encoded for QuestionScore.calibration. */
  calibration: string;
};

export function scoreQuestion(
  log: readonly LoggedForecast[],
  outcome: ScoredOutcome,
  window: { openAt: number; closeAt: number; occurredAt: number },
): ForecasterScore[] {
  const plan = planScores(log, outcome, window);
  if (!plan) return [];
  const relative = relativeBriersOfAll(plan.relativeInput, plan.windowEnd);
  const peers = plan.peerScores();
  return Array.from({ length: plan.forecasterCount }, (_, index) => plan.scoreAt(index, relative, peers));
}

/** Forecasters scored between two pauses once the sweep is done. */
const FORECASTERS_PER_SLICE = 100;

/** The same scores, with `pause()` awaited between slices of the work (a few milliseconds each). */
export async function scoreQuestionInSlices(
  log: readonly LoggedForecast[],
  outcome: ScoredOutcome,
  window: { openAt: number; closeAt: number; occurredAt: number },
  pause: () => Promise<void>,
): Promise<ForecasterScore[]> {
  const plan = planScores(log, outcome, window);
  if (!plan) return [];
  await pause();
  const relative = await relativeBriersOfAllInSlices(plan.relativeInput, plan.windowEnd, pause);
  const peers = plan.peerScores();
  const scores: ForecasterScore[] = [];
  for (let index = 0; index < plan.forecasterCount; index++) {
    if (index % FORECASTERS_PER_SLICE === 0) await pause();
    scores.push(plan.scoreAt(index, relative, peers));
  }
  return scores;
}

function planScores(
  log: readonly LoggedForecast[],
  outcome: ScoredOutcome,
  window: { openAt: number; closeAt: number; occurredAt: number },
) {
  const end = Math.min(window.closeAt, window.occurredAt);
  const byUser = new Map<string, LoggedForecast[]>();
  for (const entry of [...log].sort((a, b) => a.t - b.t)) {
    if (entry.t > end) continue;
    const list = byUser.get(entry.userId) ?? [];
    list.push(entry);
    byUser.set(entry.userId, list);
  }
  if (byUser.size === 0) return null;
  const openAt = Math.min(window.openAt, ...[...byUser.values()].map((list) => list[0]!.t));
  const windowEnd = end > openAt ? end : openAt + 1;

  const pOutcome = (probs: number[]) => probabilityOfOutcome(probs, outcome);
  const scoreOf = (probs: number[]) =>
    outcome.kind === "binary" ? brierScore(probs[0]!, outcome.outcome) : multiBrierScore(probs, outcome.outcomeIndex);
  const forecasters = [...byUser];
  // Every forecaster's relative Brier in one sweep (O(forecasts × active forecasters)), instead
  // of one sweep over everyone else's log per forecaster.
  const relativeInput = forecasters.map(([, list]) =>
    list.map((entry) => ({ t: entry.t, score: scoreOf(entry.probs) })),
  );

  const peerScores = () => peerScoresOfAll(forecasters.map(([, list]) => pOutcome(list.at(-1)!.probs)));
  const scoreAt = (
    index: number,
    relative: readonly (number | null)[],
    peers: readonly (number | null)[],
  ): ForecasterScore => {
    const [userId, list] = forecasters[index]!;
    const final = list.at(-1)!.probs;
    const timeAvgBrier =
      outcome.kind === "binary"
        ? timeAveragedBrier(timed(list), outcome.outcome, windowEnd)
        : timeAveragedMultiBrier(timedMulti(list), outcome.outcomeIndex, windowEnd);
    return {
      userId,
      finalBrier: scoreOf(final),
      timeAvgBrier,
      coverage: coverage(list[0]!.t, openAt, windowEnd),
      relativeBrier: relative[index] ?? null,
      logScore: logScore(pOutcome(final), 1),
      peerScore: peers[index] ?? null,
      forecastCount: list.length,
      calibration: encodeCalibration(calibrationPairs(final, outcome)),
    };
  };
  return { relativeInput, windowEnd, forecasterCount: forecasters.length, peerScores, scoreAt };
}

const timed = (entries: readonly LoggedForecast[]): TimedForecast[] => entries.map((e) => ({ t: e.t, p: e.probs[0]! }));
const timedMulti = (entries: readonly LoggedForecast[]): TimedMultiForecast[] =>
  entries.map((e) => ({ t: e.t, probs: e.probs }));
