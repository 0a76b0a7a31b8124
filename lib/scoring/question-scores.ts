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
  peerScore,
  timeAveragedBrier,
  timeAveragedMultiBrier,
  timeAveragedRelativeBrier,
  timeAveragedRelativeMultiBrier,
  type TimedForecast,
  type TimedMultiForecast,
} from "../forecasting";
import { probabilityOfOutcome, type ScoredOutcome } from "../forecasts/outcome";

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
};

export function scoreQuestion(
  log: readonly LoggedForecast[],
  outcome: ScoredOutcome,
  window: { openAt: number; closeAt: number; occurredAt: number },
): ForecasterScore[] {
  const end = Math.min(window.closeAt, window.occurredAt);
  const byUser = new Map<string, LoggedForecast[]>();
  for (const entry of [...log].sort((a, b) => a.t - b.t)) {
    if (entry.t > end) continue;
    const list = byUser.get(entry.userId) ?? [];
    list.push(entry);
    byUser.set(entry.userId, list);
  }
  if (byUser.size === 0) return [];
  const openAt = Math.min(window.openAt, ...[...byUser.values()].map((list) => list[0]!.t));
  const windowEnd = end > openAt ? end : openAt + 1;

  const pOutcome = (probs: number[]) => probabilityOfOutcome(probs, outcome);
  const finals = new Map([...byUser].map(([userId, list]) => [userId, list.at(-1)!.probs]));

  return [...byUser].map(([userId, list]) => {
    const final = list.at(-1)!.probs;
    const othersFinal = [...finals].filter(([id]) => id !== userId).map(([, probs]) => pOutcome(probs));
    const others = Object.fromEntries([...byUser].filter(([id]) => id !== userId));
    let finalBrier: number;
    let timeAvgBrier: number;
    let relativeBrier: number | null;
    if (outcome.kind === "binary") {
      const timed = (entries: LoggedForecast[]): TimedForecast[] => entries.map((e) => ({ t: e.t, p: e.probs[0]! }));
      finalBrier = brierScore(final[0]!, outcome.outcome);
      timeAvgBrier = timeAveragedBrier(timed(list), outcome.outcome, windowEnd);
      relativeBrier = timeAveragedRelativeBrier({
        mine: timed(list),
        others: Object.fromEntries(Object.entries(others).map(([id, entries]) => [id, timed(entries)])),
        outcome: outcome.outcome,
        openAt,
        closeAt: windowEnd,
      }).relativeBrier;
    } else {
      const timed = (entries: LoggedForecast[]): TimedMultiForecast[] =>
        entries.map((e) => ({ t: e.t, probs: e.probs }));
      finalBrier = multiBrierScore(final, outcome.outcomeIndex);
      timeAvgBrier = timeAveragedMultiBrier(timed(list), outcome.outcomeIndex, windowEnd);
      relativeBrier = timeAveragedRelativeMultiBrier({
        mine: timed(list),
        others: Object.fromEntries(Object.entries(others).map(([id, entries]) => [id, timed(entries)])),
        outcomeIndex: outcome.outcomeIndex,
        openAt,
        closeAt: windowEnd,
      }).relativeBrier;
    }
    return {
      userId,
      finalBrier,
      timeAvgBrier,
      coverage: coverage(list[0]!.t, openAt, windowEnd),
      relativeBrier,
      logScore: logScore(pOutcome(final), 1),
      peerScore: othersFinal.length > 0 ? peerScore(pOutcome(final), othersFinal) : null,
      forecastCount: list.length,
    };
  });
}
