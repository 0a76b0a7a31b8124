// Read models of the live forecast log: each forecaster's latest forecast (LatestForecast), the
// crowd after every forecast under every aggregation method (CrowdPoint), and the counts on
// Question. They are written in the transaction of each live forecast, at a cost that depends on
// the number of forecasters on the question, not on its history, and rebuilt from the
// append-only log by the same pooling code, so both ways give identical rows.
import type { Db, DbTransaction } from "../db/client";
import { AGGREGATION_METHODS, aggregateSeries, aggregateSeriesMulti, type AggregationMethod } from "../forecasting";
import { isYesNo, probsOf, type ShapedQuestion } from "./probabilities";

export type CrowdValues = Record<AggregationMethod, number[]>;

type Standing = { userId: string; forecastId: string; createdAt: Date; probs: number[] };

/** Log order: by time, and by id among forecasts made in the same millisecond. */
const byLogOrder = (a: { createdAt: Date; forecastId: string }, b: { createdAt: Date; forecastId: string }) =>
  a.createdAt.getTime() - b.createdAt.getTime() ||
  (a.forecastId < b.forecastId ? -1 : a.forecastId > b.forecastId ? 1 : 0);

/**
 * The crowd over the standing forecasts, under every method: the last point of the series the
 * forecasting library builds from them in log order, so a stored point means exactly what the
 * library's aggregate means.
 */
export function poolStanding(question: ShapedQuestion, standing: readonly Standing[]): CrowdValues {
  const ordered = [...standing].sort(byLogOrder);
  const log = ordered.map((entry, index) => ({ forecasterId: entry.userId, t: index, entry }));
  const values = {} as CrowdValues;
  for (const method of AGGREGATION_METHODS) {
    values[method] = isYesNo(question)
      ? [
          aggregateSeries(
            log.map(({ forecasterId, t, entry }) => ({ forecasterId, t, p: entry.probs[0]! })),
            method,
          ).at(-1)!.p,
        ]
      : aggregateSeriesMulti(
          log.map(({ forecasterId, t, entry }) => ({ forecasterId, t, probs: entry.probs })),
          method,
        ).at(-1)!.probs;
  }
  return values;
}

type LiveForecast = { id: string; userId: string; createdAt: Date; probs: number[] };

/** Applies one new live forecast to the read models; call inside the forecast's transaction. */
export async function applyLiveForecast(
  tx: DbTransaction,
  question: ShapedQuestion & { id: string },
  forecast: LiveForecast,
): Promise<void> {
  const previous = await tx.latestForecast.findUnique({
    where: { questionId_userId: { questionId: question.id, userId: forecast.userId } },
    select: { forecastId: true, createdAt: true },
  });
  const entry = { forecastId: forecast.id, createdAt: forecast.createdAt };
  if (!previous || byLogOrder(previous, entry) < 0) {
    const row = { forecastId: forecast.id, createdAt: forecast.createdAt, probs: JSON.stringify(forecast.probs) };
    await tx.latestForecast.upsert({
      where: { questionId_userId: { questionId: question.id, userId: forecast.userId } },
      create: { questionId: question.id, userId: forecast.userId, ...row },
      update: row,
    });
  }
  const standing = await tx.latestForecast.findMany({
    where: { questionId: question.id },
    select: { userId: true, forecastId: true, createdAt: true, probs: true },
  });
  await tx.crowdPoint.create({
    data: {
      questionId: question.id,
      forecastId: forecast.id,
      t: forecast.createdAt,
      forecasters: standing.length,
      values: JSON.stringify(poolStanding(question, standing.map(parseStanding))),
    },
  });
  await tx.question.update({
    where: { id: question.id },
    data: { liveForecastCount: { increment: 1 }, ...(previous ? {} : { forecasterCount: { increment: 1 } }) },
  });
}

const parseStanding = (row: { userId: string; forecastId: string; createdAt: Date; probs: string }): Standing => ({
  ...row,
  probs: JSON.parse(row.probs) as number[],
});

/**
 * Recomputes one question's read models from its append-only log, replaying it in log order
 * through the same pooling as the write path. Returns the number of live forecasts replayed.
 */
export async function rebuildQuestionReadModel(db: Db, questionId: string): Promise<number> {
  return db.$transaction((tx) => replayQuestionReadModel(tx, questionId));
}

/** The rebuild inside a caller's transaction (an import writes the log and its read models together). */
export async function replayQuestionReadModel(tx: DbTransaction, questionId: string): Promise<number> {
  const question = await tx.question.findUniqueOrThrow({
    where: { id: questionId },
    select: { id: true, type: true, options: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  const log = await tx.forecast.findMany({
    where: { questionId, mode: "LIVE" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, userId: true, createdAt: true, probability: true, probabilities: true },
  });
  await tx.crowdPoint.deleteMany({ where: { questionId } });
  await tx.latestForecast.deleteMany({ where: { questionId } });
  const standing = new Map<string, Standing>();
  const points = log.map((forecast) => {
    standing.set(forecast.userId, {
      userId: forecast.userId,
      forecastId: forecast.id,
      createdAt: forecast.createdAt,
      probs: probsOf(question, forecast),
    });
    return {
      questionId,
      forecastId: forecast.id,
      t: forecast.createdAt,
      forecasters: standing.size,
      values: JSON.stringify(poolStanding(question, [...standing.values()])),
    };
  });
  for (let i = 0; i < points.length; i += 500) await tx.crowdPoint.createMany({ data: points.slice(i, i + 500) });
  const latest = [...standing.values()].map((entry) => ({
    questionId,
    userId: entry.userId,
    forecastId: entry.forecastId,
    createdAt: entry.createdAt,
    probs: JSON.stringify(entry.probs),
  }));
  for (let i = 0; i < latest.length; i += 500) await tx.latestForecast.createMany({ data: latest.slice(i, i + 500) });
  await tx.question.update({
    where: { id: questionId },
    data: { liveForecastCount: log.length, forecasterCount: standing.size },
  });
  return log.length;
}

/** Rebuilds every question's read models, reporting progress; returns the forecasts replayed. */
export async function rebuildAllReadModels(db: Db, onProgress: (done: number, total: number) => void = () => {}) {
  const questions = await db.question.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  let forecasts = 0;
  for (const [index, question] of questions.entries()) {
    forecasts += await rebuildQuestionReadModel(db, question.id);
    onProgress(index + 1, questions.length);
  }
  return { questions: questions.length, forecasts };
}

/**
 * True when live forecasts exist but no crowd point does: a database from before the read
 * models, or one loaded in bulk. Two indexed lookups, cheap enough for every start.
 */
export async function readModelsMissing(db: Db): Promise<boolean> {
  const [forecast, point] = await Promise.all([
    db.forecast.findFirst({ where: { mode: "LIVE" }, select: { id: true } }),
    db.crowdPoint.findFirst({ select: { id: true } }),
  ]);
  return forecast !== null && point === null;
}
