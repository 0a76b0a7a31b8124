// Calibration as the track record and the team dashboard both count it: each forecaster's final
// live forecast before the event on each scored question, one (p, happened?) pair per yes/no
// question and one per option on multiple choice.
import type { CalibrationPair } from "../forecasting";
import { calibrationPairs, scoredOutcome } from "../forecasts/outcome";
import { probsOf, type ShapedQuestion, type StoredForecast } from "../forecasts/probabilities";
import { scoredUntil } from "./recompute";

export type ScoredQuestionRow = {
  questionId: string;
  userId: string;
  resolution: { outcome: string; optionId: string | null; occurredAt: Date; recordedAt: Date };
  question: ShapedQuestion;
};

export type LiveForecastRow = StoredForecast & { questionId: string; userId: string; createdAt: Date };

/** `forecasts` must be in time order (oldest first), as the scoring queries read them. */
export function finalForecastPairs(
  scores: readonly ScoredQuestionRow[],
  forecasts: readonly LiveForecastRow[],
): CalibrationPair[] {
  const byForecasterQuestion = new Map<string, LiveForecastRow[]>();
  for (const forecast of forecasts) {
    const key = `${forecast.userId}:${forecast.questionId}`;
    const list = byForecasterQuestion.get(key);
    if (list) list.push(forecast);
    else byForecasterQuestion.set(key, [forecast]);
  }
  const pairs: CalibrationPair[] = [];
  for (const score of scores) {
    const outcome = scoredOutcome(score.question, score.resolution);
    if (!outcome) continue;
    const until = scoredUntil(score.resolution.occurredAt, score.resolution.recordedAt);
    const list = byForecasterQuestion.get(`${score.userId}:${score.questionId}`) ?? [];
    const final = list.findLast((forecast) => forecast.createdAt.getTime() <= until);
    if (final) pairs.push(...calibrationPairs(probsOf(score.question, final), outcome));
  }
  return pairs;
}
