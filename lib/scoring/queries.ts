// Reading scores: one question's leaderboard, and a forecaster's track record (calibration,
// Murphy decomposition, score over time) across resolved questions.
import type { Db } from "../db/client";
import { visibleQuestionsWhere, type SignedInViewer, type Viewer } from "../domain/viewer";
import { notFound } from "../errors";
import { calibrationBins, downsampleBy, murphyDecomposition } from "../forecasting";
import { average } from "../review/summary";
import { nextOffsetCursor } from "../validation/offset-cursor";
import { individualsHiddenFrom, SIGN_IN_TO_SEE_FORECASTERS } from "../forecasts/visibility";
import { decodeCalibration } from "./calibration-column";
import { continuousScoreRows } from "./continuous-queries";
import { DEFAULT_TRACK_RECORD_PAGE, type TrackRecordQuery } from "./schemas";

export async function questionScores(db: Db, viewer: Viewer, questionId: string) {
  const question = await db.question.findFirst({
    where: { AND: [{ id: questionId }, visibleQuestionsWhere(viewer)] },
    select: { id: true, currentResolution: { select: { outcome: true, occurredAt: true, optionId: true } } },
  });
  if (!question) throw notFound("Question");
  return scoresOf(db, viewer, question);
}

type ResolvedSummary = { outcome: string; occurredAt: Date; optionId: string | null };

const scoreRowSelect = {
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
 * The scores of a question the caller has already found visible to the viewer, best first: every
 * forecaster's row, or with `best` only that many plus the viewer's own row when it falls below.
 * A visitor who may not see individuals (lib/forecasts/visibility.ts) gets how many were scored
 * and their mean only.
 */
export async function scoresOf(
  db: Db,
  viewer: Viewer,
  question: { id: string; currentResolution: ResolvedSummary | null },
  { best }: { best?: number } = {},
) {
  const resolution = question.currentResolution;
  const outcome = resolution?.outcome ?? null;
  const scored = outcome === "YES" || outcome === "NO" || outcome === "OPTION" || outcome === "VALUE";
  const individualsHidden = individualsHiddenFrom(viewer);
  const resolutionSummary = resolution
    ? { outcome: resolution.outcome, occurredAt: resolution.occurredAt, optionId: resolution.optionId }
    : null;
  if (outcome === "VALUE") {
    const continuous = await continuousScoreRows(db, viewer, question.id, { best, individualsHidden });
    return {
      resolution: resolutionSummary,
      scored,
      summary: {
        forecasters: continuous.forecasters,
        meanTimeAvgBrier: null,
        meanBaselineScore: continuous.meanBaselineScore,
      },
      hiddenReason: individualsHidden ? SIGN_IN_TO_SEE_FORECASTERS : undefined,
      items: continuous.items,
    };
  }
  const where = { questionId: question.id };
  // An unscored outcome (ambiguous, annulled, none yet) has no score rows to read.
  const [top, summary, own] = scored
    ? await Promise.all([
        individualsHidden
          ? []
          : db.questionScore.findMany({
              where,
              orderBy: [{ timeAvgBrier: "asc" }, { userId: "asc" }],
              take: best,
              select: scoreRowSelect,
            }),
        db.questionScore.aggregate({ where, _count: { _all: true }, _avg: { timeAvgBrier: true } }),
        best !== undefined && viewer && !individualsHidden
          ? db.questionScore.findUnique({
              where: { questionId_userId: { questionId: question.id, userId: viewer.userId } },
              select: scoreRowSelect,
            })
          : null,
      ])
    : [[], null, null];
  const rows = own && !top.some((row) => row.userId === own.userId) ? [...top, own] : top;
  return {
    resolution: resolutionSummary,
    scored,
    summary: {
      forecasters: summary?._count._all ?? 0,
      meanTimeAvgBrier: summary?._avg.timeAvgBrier ?? null,
      meanBaselineScore: null,
    },
    hiddenReason: individualsHidden ? SIGN_IN_TO_SEE_FORECASTERS : undefined,
    items: rows.map(({ user, ...score }) => ({
      ...score,
      baselineScore: null,
      crps: null,
      scaledCrps: null,
      userName: user.name,
    })),
  };
}

export type ScoresOf = Awaited<ReturnType<typeof scoresOf>>;

export type QuestionScores = Awaited<ReturnType<typeof questionScores>>;

export const CALIBRATION_BIN_COUNT = 10;

/** Points of the score-over-time series at most: a long record is thinned, first and last kept. */
export const MAX_OVER_TIME_POINTS = 300;

export async function trackRecord(db: Db, viewer: SignedInViewer, query: TrackRecordQuery = {}) {
  const { theme, limit = DEFAULT_TRACK_RECORD_PAGE, cursor: offset = 0 } = query;
  const filter = { theme };
  const scores = await db.questionScore.findMany({
    where: {
      userId: viewer.userId,
      question: {
        AND: [visibleQuestionsWhere(viewer), filter.theme ? { themes: { some: { themeSlug: filter.theme } } } : {}],
      },
    },
    include: {
      resolution: { select: { outcome: true, optionId: true, occurredAt: true, recordedAt: true } },
      question: {
        select: {
          id: true,
          title: true,
          type: true,
          themes: { select: { themeSlug: true } },
          options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
        },
      },
    },
  });
  scores.sort((a, b) => a.resolution.occurredAt.getTime() - b.resolution.occurredAt.getTime());

  // Each score carries its final forecast's calibration pairs: no forecast is reloaded.
  const pairs = decodeCalibration(scores);

  let running = 0;
  const series = scores.map((score, index) => {
    running += score.timeAvgBrier;
    return {
      t: score.resolution.occurredAt.getTime(),
      questionId: score.questionId,
      title: score.question.title,
      timeAvgBrier: score.timeAvgBrier,
      runningMean: running / (index + 1),
    };
  });
  // Thinned on the server like every chart's series; the running mean stays exact at every point.
  const overTime = downsampleBy(series, MAX_OVER_TIME_POINTS, (point) => [point.timeAvgBrier, point.runningMean]);

  const relativeBriers = scores.flatMap((score) => (score.relativeBrier === null ? [] : [score.relativeBrier]));
  return {
    summary: {
      questionsScored: scores.length,
      meanTimeAvgBrier: average(scores.map((score) => score.timeAvgBrier)),
      // Relative Brier exists only where someone else forecast too, so it averages fewer questions.
      meanRelativeBrier: average(relativeBriers),
      questionsWithRelativeBrier: relativeBriers.length,
    },
    // One page of the questions, newest event first.
    questions: [...scores]
      .reverse()
      .slice(offset, offset + limit)
      .map((score) => ({
        questionId: score.questionId,
        title: score.question.title,
        themes: score.question.themes.map((theme) => theme.themeSlug),
        outcome: score.resolution.outcome,
        option: score.question.options.find((option) => option.id === score.resolution.optionId)?.label ?? null,
        occurredAt: score.resolution.occurredAt,
        finalBrier: score.finalBrier,
        timeAvgBrier: score.timeAvgBrier,
        coverage: score.coverage,
        relativeBrier: score.relativeBrier,
        logScore: score.logScore,
        peerScore: score.peerScore,
        forecastCount: score.forecastCount,
      })),
    calibration: pairs.length > 0 ? calibrationBins(pairs, CALIBRATION_BIN_COUNT) : [],
    murphy: pairs.length > 0 ? murphyDecomposition(pairs, CALIBRATION_BIN_COUNT) : null,
    pairCount: pairs.length,
    nextCursor: nextOffsetCursor(offset, limit, scores.length),
    overTime,
  };
}

export type TrackRecord = Awaited<ReturnType<typeof trackRecord>>;
