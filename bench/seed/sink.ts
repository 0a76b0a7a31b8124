// Where the bulk rows (forecasts, their option rows, scores, the forecast read models) go. SQLite: better-sqlite3 prepared
// statements in one transaction per batch, with foreign keys on and values in exactly the text
// form Prisma's SQLite adapter writes (ISO dates with "+00:00", enums as text). PostgreSQL:
// Prisma's createMany, a transaction per batch.
import Database from "better-sqlite3";
import type { Db } from "../../lib/db/client";
import type { DatabaseConfig } from "../../lib/db/config";
import { SQLITE_BUSY_TIMEOUT_MS } from "../../lib/db/client";
import type { ForecastRow, OptionRow } from "./forecast-rows";

export type ScoreRow = {
  id: string;
  questionId: string;
  userId: string;
  resolutionId: string;
  finalBrier: number;
  timeAvgBrier: number;
  coverage: number;
  relativeBrier: number | null;
  logScore: number;
  peerScore: number | null;
  forecastCount: number;
  calibration: string;
  computedAt: Date;
};

export type CrowdPointRow = {
  id: string;
  questionId: string;
  forecastId: string;
  t: Date;
  forecasters: number;
  values: string;
  seq: number;
  level: number;
};
export type LatestForecastRow = {
  questionId: string;
  userId: string;
  forecastId: string;
  createdAt: Date;
  probs: string;
};
export type QuestionCounts = { questionId: string; liveForecastCount: number; forecasterCount: number };

export type Batch = {
  forecasts: ForecastRow[];
  options: OptionRow[];
  scores: ScoreRow[];
  crowdPoints: CrowdPointRow[];
  latest: LatestForecastRow[];
  counts: QuestionCounts[];
};

export const emptyBatch = (): Batch => ({
  forecasts: [],
  options: [],
  scores: [],
  crowdPoints: [],
  latest: [],
  counts: [],
});

export type BulkSink = { write: (batch: Batch) => Promise<void>; close: () => Promise<void> };

/** Prisma's text form of a DateTime on SQLite. */
export const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

export function openSink(config: DatabaseConfig, db: Db): BulkSink {
  return config.provider === "sqlite" ? sqliteSink(config.filePath) : prismaSink(db);
}

function sqliteSink(filePath: string): BulkSink {
  const file = new Database(filePath);
  file.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  file.pragma("foreign_keys = ON");
  file.pragma("synchronous = NORMAL");
  const forecast = file.prepare(
    `INSERT INTO "Forecast" ("id", "questionId", "userId", "probability", "rationale", "mode", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const option = file.prepare(
    `INSERT INTO "ForecastOptionProbability" ("forecastId", "optionId", "probability") VALUES (?, ?, ?)`,
  );
  const score = file.prepare(
    `INSERT INTO "QuestionScore" ("id", "questionId", "userId", "resolutionId", "finalBrier", "timeAvgBrier", "coverage", "relativeBrier", "logScore", "peerScore", "forecastCount", "calibration", "computedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const crowdPoint = file.prepare(
    `INSERT INTO "CrowdPoint" ("id", "questionId", "forecastId", "t", "forecasters", "values", "seq", "level") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const latest = file.prepare(
    `INSERT INTO "LatestForecast" ("questionId", "userId", "forecastId", "createdAt", "probs") VALUES (?, ?, ?, ?, ?)`,
  );
  const counts = file.prepare(`UPDATE "Question" SET "liveForecastCount" = ?, "forecasterCount" = ? WHERE "id" = ?`);
  const writeAll = file.transaction((batch: Batch) => {
    for (const r of batch.forecasts) {
      forecast.run(r.id, r.questionId, r.userId, r.probability, r.rationale, r.mode, sqliteDate(r.createdAt));
    }
    for (const r of batch.options) option.run(r.forecastId, r.optionId, r.probability);
    for (const r of batch.scores) {
      score.run(
        r.id,
        r.questionId,
        r.userId,
        r.resolutionId,
        r.finalBrier,
        r.timeAvgBrier,
        r.coverage,
        r.relativeBrier,
        r.logScore,
        r.peerScore,
        r.forecastCount,
        r.calibration,
        sqliteDate(r.computedAt),
      );
    }
    for (const r of batch.crowdPoints) {
      crowdPoint.run(r.id, r.questionId, r.forecastId, sqliteDate(r.t), r.forecasters, r.values, r.seq, r.level);
    }
    for (const r of batch.latest) latest.run(r.questionId, r.userId, r.forecastId, sqliteDate(r.createdAt), r.probs);
    for (const r of batch.counts) counts.run(r.liveForecastCount, r.forecasterCount, r.questionId);
  });
  return {
    write: async (batch) => {
      writeAll.immediate(batch);
    },
    close: async () => {
      file.close();
    },
  };
}

function prismaSink(db: Db): BulkSink {
  return {
    write: async (batch) => {
      await db.$transaction(
        async (tx) => {
          if (batch.forecasts.length > 0) await tx.forecast.createMany({ data: batch.forecasts });
          if (batch.options.length > 0) await tx.forecastOptionProbability.createMany({ data: batch.options });
          if (batch.scores.length > 0) await tx.questionScore.createMany({ data: batch.scores });
          if (batch.crowdPoints.length > 0) await tx.crowdPoint.createMany({ data: batch.crowdPoints });
          if (batch.latest.length > 0) await tx.latestForecast.createMany({ data: batch.latest });
          for (const { questionId, ...counts } of batch.counts) {
            await tx.question.update({ where: { id: questionId }, data: counts });
          }
        },
        { timeout: 300_000, maxWait: 60_000 },
      );
    },
    close: async () => {},
  };
}
