// Read models of the live forecast log: each forecaster's latest forecast (LatestForecast), the
// crowd after every forecast under every aggregation method (CrowdPoint), and the counts on
// Question. They are written in the transaction of each live forecast, at a cost that depends on
// the number of forecasters on the question, not on its history, and rebuilt from the
// append-only log by the same pooling code, so both ways give identical rows.
import { randomUUID } from "node:crypto";
import type { Db, DbTransaction } from "../db/client";
import { CrowdPool, type CrowdValues } from "../forecasting";
import {
  isContinuous,
  isYesNo,
  PROBABILITY_QUESTION_TYPES,
  probsOf,
  type ShapedQuestion,
  type StoredForecast,
} from "./probabilities";

export type { CrowdValues };

type Standing = { userId: string; forecastId: string; createdAt: Date; probs: number[] };

/** Log order: by time, and by id among forecasts made in the same millisecond. */
const byLogOrder = (a: { createdAt: Date; forecastId: string }, b: { createdAt: Date; forecastId: string }) =>
  a.createdAt.getTime() - b.createdAt.getTime() ||
  (a.forecastId < b.forecastId ? -1 : a.forecastId > b.forecastId ? 1 : 0);

const poolFor = (question: ShapedQuestion) => new CrowdPool(isYesNo(question) ? 1 : question.options.length);

/** The crowd over the standing forecasts (each forecaster's latest), under every method. */
export function poolStanding(question: ShapedQuestion, standing: readonly Standing[]): CrowdValues {
  const pool = poolFor(question);
  for (const entry of [...standing].sort(byLogOrder)) pool.set(entry.userId, entry.probs);
  return pool.values();
}

/** How many times 2 divides a point's position in the log (1-based): every 2^L-th point has level ≥ L. */
export function levelOf(seq: number): number {
  let level = 0;
  for (let rest = seq; rest > 0 && rest % 2 === 0; rest /= 2) level++;
  return level;
}

export type LoggedLiveForecast = StoredForecast & { id: string; userId: string; createdAt: Date };

/**
 * A question's read models replayed from its live log (oldest first, ties by id): the crowd after
 * every forecast and each forecaster's latest. One pool follows the whole log, so the cost is the
 * log's length times the number of forecasters, and every point equals what the write path
 * stores (lib/forecasting/crowd-pool.ts says why). Pure, so bulk loaders can write the rows.
 */
export function replayReadModel(question: ShapedQuestion & { id: string }, log: readonly LoggedLiveForecast[]) {
  const pool = poolFor(question);
  const standing = new Map<string, Standing>();
  const points = log.map((forecast, index) => {
    const probs = probsOf(question, forecast);
    standing.set(forecast.userId, {
      userId: forecast.userId,
      forecastId: forecast.id,
      createdAt: forecast.createdAt,
      probs,
    });
    pool.set(forecast.userId, probs);
    return {
      questionId: question.id,
      forecastId: forecast.id,
      t: forecast.createdAt,
      forecasters: standing.size,
      values: JSON.stringify(pool.values()),
      seq: index + 1,
      level: levelOf(index + 1),
    };
  });
  const latest = [...standing.values()].map((entry) => ({
    questionId: question.id,
    userId: entry.userId,
    forecastId: entry.forecastId,
    createdAt: entry.createdAt,
    probs: JSON.stringify(entry.probs),
  }));
  return { points, latest, counts: { liveForecastCount: log.length, forecasterCount: standing.size } };
}

type LiveForecast = { id: string; userId: string; createdAt: Date; probs: number[] };

/**
 * Applies one new live forecast to the read models; call inside the forecast's transaction.
 *
 * These statements are plain SQL (the same text on SQLite and PostgreSQL): Prisma 6 compiles
 * every model query afresh, about 1 ms of CPU each, which made the read models most of a
 * forecast's cost; a raw statement skips that. Values go through the same driver adapter as
 * model queries, so dates and numbers are stored in the same format.
 */
export async function applyLiveForecast(
  tx: DbTransaction,
  question: ShapedQuestion & { id: string },
  forecast: LiveForecast,
): Promise<void> {
  const now = new Date();
  // The count first: it takes the question's row lock on PostgreSQL (SQLite's write lock is
  // already held), so concurrent forecasts on one question apply one after another and each
  // reads the standing forecasts the previous one left; its new value is this forecast's
  // position in the log.
  const [counted] = await tx.$queryRaw<{ liveForecastCount: number | bigint }[]>`
    UPDATE "Question" SET "liveForecastCount" = "liveForecastCount" + 1, "updatedAt" = ${now}
    WHERE "id" = ${question.id} RETURNING "liveForecastCount"`;
  if (!counted) throw new Error(`Question ${question.id} vanished while a forecast was recorded`);
  const seq = Number(counted.liveForecastCount);
  // Everyone's standing forecast in one read; the forecaster's own row says whether this is
  // their first forecast and whether this one is newer than what they have standing.
  const rows = await tx.$queryRaw<StandingRow[]>`
    SELECT "userId", "forecastId", "createdAt", "probs" FROM "LatestForecast" WHERE "questionId" = ${question.id}`;
  const standing = rows.map(parseStanding);
  const at = standing.findIndex((row) => row.userId === forecast.userId);
  const previous = standing[at];
  if (!previous || byLogOrder(previous, { forecastId: forecast.id, createdAt: forecast.createdAt }) < 0) {
    const probs = JSON.stringify(forecast.probs);
    await tx.$executeRaw`
      INSERT INTO "LatestForecast" ("questionId", "userId", "forecastId", "createdAt", "probs")
      VALUES (${question.id}, ${forecast.userId}, ${forecast.id}, ${forecast.createdAt}, ${probs})
      ON CONFLICT ("questionId", "userId") DO UPDATE
      SET "forecastId" = excluded."forecastId", "createdAt" = excluded."createdAt", "probs" = excluded."probs"`;
    const mine = {
      userId: forecast.userId,
      forecastId: forecast.id,
      createdAt: forecast.createdAt,
      probs: forecast.probs,
    };
    if (previous) standing[at] = mine;
    else standing.push(mine);
  }
  if (!previous) {
    await tx.$executeRaw`
      UPDATE "Question" SET "forecasterCount" = "forecasterCount" + 1, "updatedAt" = ${now} WHERE "id" = ${question.id}`;
  }
  const values = JSON.stringify(poolStanding(question, standing));
  await tx.$executeRaw`
    INSERT INTO "CrowdPoint" ("id", "questionId", "forecastId", "t", "forecasters", "values", "seq", "level")
    VALUES (${crowdPointId()}, ${question.id}, ${forecast.id}, ${forecast.createdAt}, ${standing.length}, ${values},
      ${seq}, ${levelOf(seq)})`;
}

/**
 * A distribution forecast (NUMERIC or DATE question) in the read models: only the question's
 * counts. LatestForecast and CrowdPoint hold probability vectors that lists read as such; the
 * crowd of distributions is pooled from the log where it is shown (lib/forecasts/continuous-crowd.ts).
 * Call inside the forecast's transaction, after writing it.
 */
export async function applyContinuousForecast(
  tx: DbTransaction,
  question: { id: string },
  forecast: { userId: string },
): Promise<void> {
  const theirs = await tx.forecast.count({
    where: { questionId: question.id, userId: forecast.userId, mode: "LIVE" },
  });
  const firstOfTheirs = theirs === 1 ? 1 : 0;
  await tx.$executeRaw`
    UPDATE "Question" SET "liveForecastCount" = "liveForecastCount" + 1,
      "forecasterCount" = "forecasterCount" + ${firstOfTheirs}, "updatedAt" = ${new Date()}
    WHERE "id" = ${question.id}`;
}

/** A crowd point's key: only ever looked up by question and position, never ordered by. */
export const crowdPointId = () => `cp${randomUUID().replaceAll("-", "")}`;

/** The columns of the read models' tables, for bulk loaders (lib/db/bulk-insert.ts). */
export const CROWD_POINT_COLUMNS = ["id", "questionId", "forecastId", "t", "forecasters", "values", "seq", "level"];
export const LATEST_FORECAST_COLUMNS = ["questionId", "userId", "forecastId", "createdAt", "probs"];

type StandingRow = { userId: string; forecastId: string; createdAt: Date | string; probs: string };

const parseStanding = (row: StandingRow): Standing => ({
  userId: row.userId,
  forecastId: row.forecastId,
  // A raw read may return the stored text of a date rather than a Date.
  createdAt: row.createdAt instanceof Date ? row.createdAt : new Date(row.createdAt),
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
  if (isContinuous(question)) {
    // Distributions keep only the counts (applyContinuousForecast).
    const forecasters = new Set(log.map((forecast) => forecast.userId)).size;
    await tx.question.update({
      where: { id: questionId },
      data: { liveForecastCount: log.length, forecasterCount: forecasters },
    });
    return log.length;
  }
  const { points, latest, counts } = replayReadModel(question, log);
  for (let i = 0; i < points.length; i += 500) await tx.crowdPoint.createMany({ data: points.slice(i, i + 500) });
  for (let i = 0; i < latest.length; i += 500) await tx.latestForecast.createMany({ data: latest.slice(i, i + 500) });
  await tx.question.update({ where: { id: questionId }, data: counts });
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
    // Distribution forecasts have no crowd points (applyContinuousForecast).
    db.forecast.findFirst({
      where: { mode: "LIVE", question: { type: { in: [...PROBABILITY_QUESTION_TYPES] } } },
      select: { id: true },
    }),
    db.crowdPoint.findFirst({ select: { id: true } }),
  ]);
  return forecast !== null && point === null;
}
