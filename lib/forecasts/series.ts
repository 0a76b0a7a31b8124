// What a question's chart and forecaster list draw, read from the read models
// (lib/forecasts/read-model.ts) rather than the whole log: the viewer's own forecasts, the crowd
// after each forecast downsampled to at most MAX_CHART_POINTS, and the most recent of the other
// forecasters' latest forecasts. The cost follows the crowd points and the page asked for, not
// a replay of the history.
import type { Db } from "../db/client";
import type { Viewer } from "../domain/viewer";
import { downsampleBy, type AggregationMethod } from "../forecasting";
import { vectorLabels } from "./display";
import { logEntryOf, type LogEntry } from "./log";
import { isContinuous, isYesNo, type QuestionType } from "./probabilities";
import type { CrowdValues } from "./read-model";
import { individualsHiddenFrom, othersForecastsHidden } from "./visibility";

// A chart is at most ~1,000 px wide; 250 steps, chosen to keep every extreme (downsampleBy), draw it
// faithfully and keep a long history's page the size of a short one's.
export const MAX_CHART_POINTS = 250;
/** Other forecasters listed on the question page before "show more". */
export const OTHERS_SHOWN = 20;
export const MAX_OTHERS_SHOWN = 500;

export type ChartPoint = { t: number; probs: number[] };

export type SeriesQuestion = {
  id: string;
  type: QuestionType;
  resolvedAt: Date | null;
  hideForecastsUntilForecast: boolean;
  forecasterCount: number;
  liveForecastCount: number;
  options: { id: string; label: string }[];
};

/**
 * The lowest level whose points (every 2^level-th of the log) number at most twice the chart's
 * budget: enough for downsampling to keep the shape, few enough that a long history costs no more.
 */
export function chartLevel(pointCount: number): number {
  let level = 0;
  while (pointCount / 2 ** level > 2 * MAX_CHART_POINTS) level++;
  return level;
}

export type QuestionSeries = {
  method: AggregationMethod;
  type: QuestionType;
  /** The question's options in order (none for yes/no). */
  options: { id: string; label: string }[];
  /** What each number of a point's vector is: ["Yes"] for yes/no, the option labels otherwise. */
  labels: string[];
  hidden: boolean;
  /** True when names and individual forecasts are withheld (a signed-out visitor): `others` is empty. */
  individualsHidden: boolean;
  /** The viewer's own forecasts, oldest first (all of them: one person's history is short). */
  myForecasts: LogEntry[];
  mine: ChartPoint[];
  aggregate: (ChartPoint & { n: number })[];
  /** The most recently updated other forecasters' latest forecasts, newest first. */
  others: { name: string; t: number; probs: number[] }[];
  /** How many other forecasters there are in all. */
  othersTotal: number;
};

function thin<T extends { probs: number[] }>(points: T[]): T[] {
  return [...downsampleBy(points, MAX_CHART_POINTS, (point) => point.probs)];
}

export async function loadQuestionSeries(
  db: Db,
  viewer: Viewer,
  question: SeriesQuestion,
  method: AggregationMethod,
  othersShown = OTHERS_SHOWN,
): Promise<QuestionSeries> {
  const yesNo = isYesNo(question);
  const myRows = viewer
    ? await db.forecast.findMany({
        where: { questionId: question.id, userId: viewer.userId, mode: "LIVE" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          createdAt: true,
          probability: true,
          rationale: true,
          probabilities: yesNo || isContinuous(question) ? false : { select: { optionId: true, probability: true } },
          cdf: isContinuous(question),
        },
      })
    : [];
  const myForecasts = myRows.map((row) => logEntryOf(question, row, { userId: viewer!.userId, name: viewer!.name }));
  const hidden = othersForecastsHidden(question, myForecasts.length > 0);
  const individualsHidden = individualsHiddenFrom(viewer);
  const shape = {
    method,
    individualsHidden,
    type: question.type,
    options: question.options,
    labels: vectorLabels(question),
    hidden,
    myForecasts,
    mine: thin(myForecasts.map((entry) => ({ t: entry.createdAt.getTime(), probs: entry.probs }))),
    othersTotal: hidden ? 0 : Math.max(0, question.forecasterCount - (myForecasts.length > 0 ? 1 : 0)),
  };
  if (hidden) return { ...shape, aggregate: [], others: [] };

  const [points, others] = await Promise.all([
    db.crowdPoint.findMany({
      where: {
        questionId: question.id,
        // Every 2^level-th point, and always the first and the latest.
        OR: [
          { level: { gte: chartLevel(question.liveForecastCount) } },
          { seq: 1 },
          { seq: question.liveForecastCount },
        ],
      },
      orderBy: { seq: "asc" },
      select: { t: true, forecasters: true, values: true },
    }),
    individualsHidden
      ? []
      : db.latestForecast.findMany({
          where: { questionId: question.id, ...(viewer ? { userId: { not: viewer.userId } } : {}) },
          orderBy: [{ createdAt: "desc" }, { forecastId: "desc" }],
          take: Math.min(Math.max(othersShown, 1), MAX_OTHERS_SHOWN),
          select: { createdAt: true, probs: true, user: { select: { name: true } } },
        }),
  ]);
  // Forecasts made in the same instant leave one point: the state after all of them.
  const aggregate: (ChartPoint & { n: number })[] = [];
  for (const point of points) {
    const entry = {
      t: point.t.getTime(),
      probs: (JSON.parse(point.values) as CrowdValues)[method],
      n: point.forecasters,
    };
    if (aggregate.at(-1)?.t === entry.t) aggregate[aggregate.length - 1] = entry;
    else aggregate.push(entry);
  }
  return {
    ...shape,
    aggregate: thin(aggregate),
    others: others.map((row) => ({
      name: row.user.name,
      t: row.createdAt.getTime(),
      probs: JSON.parse(row.probs) as number[],
    })),
  };
}
