// Everything the question page shows beyond the question itself, read with a fixed number of
// statements and a bounded number of rows whatever the history behind it: the chart's series
// (bounded by lib/forecasts/series.ts), the headline crowd number (the latest stored crowd
// point), the top of the scores table, and whether the viewer may resolve.
import type { Db } from "../db/client";
import type { Viewer } from "../domain/viewer";
import type { AggregationMethod } from "../forecasting";
import type { CrowdValues } from "../forecasts/read-model";
import { loadQuestionSeries, OTHERS_SHOWN, type SeriesQuestion } from "../forecasts/series";
import { individualsHiddenFrom, SIGN_IN_TO_SEE_FORECASTERS } from "../forecasts/visibility";
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

const scoreSelect = {
  userId: true,
  finalBrier: true,
  timeAvgBrier: true,
  coverage: true,
  relativeBrier: true,
  logScore: true,
  peerScore: true,
  forecastCount: true,
  computedAt: true,
  user: { select: { name: true } },
} as const;

/**
 * The best SCORES_SHOWN scores, the viewer's own, how many there are and their mean; a visitor
 * who may not see individuals (lib/forecasts/visibility.ts) gets the count and mean only.
 */
async function pageScores(db: Db, viewer: Viewer, question: PageQuestion) {
  const resolution = question.currentResolution;
  const outcome = resolution?.outcome ?? null;
  const scored = outcome === "YES" || outcome === "NO" || outcome === "OPTION";
  const individualsHidden = individualsHiddenFrom(viewer);
  const where = { questionId: question.id };
  const [top, summary, own] = scored
    ? await Promise.all([
        individualsHidden
          ? []
          : db.questionScore.findMany({
              where,
              orderBy: [{ timeAvgBrier: "asc" }, { userId: "asc" }],
              take: SCORES_SHOWN,
              select: scoreSelect,
            }),
        db.questionScore.aggregate({ where, _count: { _all: true }, _avg: { timeAvgBrier: true } }),
        viewer && !individualsHidden
          ? db.questionScore.findUnique({
              where: { questionId_userId: { questionId: question.id, userId: viewer.userId } },
              select: scoreSelect,
            })
          : null,
      ])
    : [[], null, null];
  const rows = own && !top.some((row) => row.userId === own.userId) ? [...top, own] : top;
  return {
    resolution: resolution
      ? { outcome: resolution.outcome, occurredAt: resolution.occurredAt, optionId: resolution.optionId }
      : null,
    scored,
    total: summary?._count._all ?? 0,
    summary: { forecasters: summary?._count._all ?? 0, meanTimeAvgBrier: summary?._avg.timeAvgBrier ?? null },
    hiddenReason: individualsHidden ? SIGN_IN_TO_SEE_FORECASTERS : undefined,
    items: rows.map(({ user, ...score }) => ({ ...score, userName: user.name })),
  };
}

export type PageScores = Awaited<ReturnType<typeof pageScores>>;

export async function loadQuestionPageData(
  db: Db,
  viewer: Viewer,
  question: PageQuestion,
  { method = DEFAULT_METHOD, othersShown = OTHERS_SHOWN }: { method?: AggregationMethod; othersShown?: number } = {},
) {
  const [series, headline, scores, access] = await Promise.all([
    loadQuestionSeries(db, viewer, question, method, othersShown),
    crowdHeadline(db, question),
    pageScores(db, viewer, question),
    resolveAccess(db, viewer, question),
  ]);
  // Hidden exactly when the crowd line is: the number would anchor as much as the line.
  return { series, headline: series.hidden ? null : headline, scores, access };
}

export type QuestionPageData = Awaited<ReturnType<typeof loadQuestionPageData>>;
