// The series a question's chart draws, built on the server and downsampled to at most
// MAX_CHART_POINTS per line so the browser never receives a whole forecast log.
import {
  aggregateSeries,
  aggregateSeriesMulti,
  downsampleBy,
  downsampleSteps,
  type AggregationMethod,
} from "../forecasting";
import type { Viewer } from "../domain/viewer";
import { vectorLabels } from "./display";
import { latestPerForecaster, type QuestionLog } from "./log";
import { isYesNo, type QuestionType } from "./probabilities";

export const MAX_CHART_POINTS = 500;

export type ChartPoint = { t: number; probs: number[] };

export type QuestionSeries = {
  method: AggregationMethod;
  type: QuestionType;
  /** The question's options in order (none for yes/no). */
  options: { id: string; label: string }[];
  /** What each number of a point's vector is: ["Yes"] for yes/no, the option labels otherwise. */
  labels: string[];
  hidden: boolean;
  mine: ChartPoint[];
  aggregate: (ChartPoint & { n: number })[];
  others: { name: string; t: number; probs: number[] }[];
};

function thin<T extends { probs: number[] }>(points: T[]): T[] {
  return [...downsampleBy(points, MAX_CHART_POINTS, (point) => point.probs)];
}

export function buildQuestionSeries(data: QuestionLog, viewer: Viewer, method: AggregationMethod): QuestionSeries {
  const { question, log, hidden } = data;
  const shape = { method, type: question.type, options: question.options, labels: vectorLabels(question), hidden };
  const mine = log
    .filter((entry) => entry.userId === viewer?.userId)
    .map((entry) => ({ t: entry.createdAt.getTime(), probs: entry.probs }));
  if (hidden) return { ...shape, mine: thin(mine), aggregate: [], others: [] };

  const timed = log.map((entry) => ({ forecasterId: entry.userId, t: entry.createdAt.getTime(), entry }));
  const aggregate = isYesNo(question)
    ? [
        ...downsampleSteps(
          aggregateSeries(
            timed.map(({ forecasterId, t, entry }) => ({ forecasterId, t, p: entry.probs[0]! })),
            method,
          ),
          MAX_CHART_POINTS,
        ),
      ].map((point) => ({ t: point.t, probs: [point.p], n: point.n }))
    : thin(
        aggregateSeriesMulti(
          timed.map(({ forecasterId, t, entry }) => ({ forecasterId, t, probs: entry.probs })),
          method,
        ).map((point) => ({ t: point.t, probs: point.probs, n: point.n })),
      );
  const others = latestPerForecaster(log)
    .filter((entry) => entry.userId !== viewer?.userId)
    .map((entry) => ({ name: entry.userName, t: entry.createdAt.getTime(), probs: entry.probs }));
  return { ...shape, mine: thin(mine), aggregate, others };
}
