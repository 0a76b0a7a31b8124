// Everything the question page shows beyond the question itself, read with a fixed number of
// statements and a bounded number of rows whatever the history behind it: the chart's series
// (bounded by lib/forecasts/series.ts), the headline crowd number (the latest stored crowd
// point), the top of the scores table, and whether the viewer may resolve.
import type { Db } from "../db/client";
import type { Viewer } from "../domain/viewer";
import type { AggregationMethod } from "../forecasting";
import type { CrowdValues } from "../forecasts/read-model";
import { loadQuestionSeries, OTHERS_SHOWN, type SeriesQuestion } from "../forecasts/series";
import { scoresOf, type ScoresOf } from "../scoring/queries";
import { resolveAccess, type ResolvableQuestion } from "./resolve-access";

/** The method of the headline number and of the chart unless the viewer picks another. */
export const DEFAULT_METHOD: AggregationMethod = "recencyWeightedMedian";
/** Rows of the scores table on the page; the viewer's own row is added when it falls below. */
export const SCORES_SHOWN = 50;

type PageQuestion = SeriesQuestion &
  ResolvableQuestion & {
    currentResolution: { outcome: string; occurredAt: Date; optionId: string | null } | null;
  };

export type CrowdHeadline = { probs: number[]; forecasters: number };

/** The crowd now under the default method, from the question's latest stored crowd point. */
async function crowdHeadline(db: Db, question: PageQuestion): Promise<CrowdHeadline | null> {
  if (question.liveForecastCount === 0) return null;
  const latest = await db.crowdPoint.findFirst({
    where: { questionId: question.id, seq: question.liveForecastCount },
    select: { forecasters: true, values: true },
  });
  if (!latest) return null;
  return { probs: (JSON.parse(latest.values) as CrowdValues)[DEFAULT_METHOD], forecasters: latest.forecasters };
}

export type PageScores = ScoresOf;

export async function loadQuestionPageData(
  db: Db,
  viewer: Viewer,
  question: PageQuestion,
  { method = DEFAULT_METHOD, othersShown = OTHERS_SHOWN }: { method?: AggregationMethod; othersShown?: number } = {},
) {
  const [series, headline, scores, access] = await Promise.all([
    loadQuestionSeries(db, viewer, question, method, othersShown),
    crowdHeadline(db, question),
    scoresOf(db, viewer, question, { best: SCORES_SHOWN }),
    resolveAccess(db, viewer, question),
  ]);
  // Hidden exactly when the crowd line is: the number would anchor as much as the line.
  return { series, headline: series.hidden ? null : headline, scores, access };
}

export type QuestionPageData = Awaited<ReturnType<typeof loadQuestionPageData>>;
