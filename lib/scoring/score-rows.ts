// Writing a question's score rows as plain multi-row INSERTs of 25 rows each (lib/db/bulk-insert),
// a statement apiece so other requests are served in between: a Prisma createMany of a hundred
// rows took ~100 ms of the server's only thread to build; 25 rows of SQL take a few.
import { randomUUID } from "node:crypto";
import { insertRows } from "../db/bulk-insert";
import type { DbTransaction } from "../db/client";
import type { ForecasterScore } from "./question-scores";

export const SCORE_ROWS_PER_STATEMENT = 25;

/** A score row's key: only ever looked up by question and user, never ordered by. */
const scoreId = () => `qs${randomUUID().replaceAll("-", "")}`;

const COLUMNS = [
  "id",
  "questionId",
  "userId",
  "resolutionId",
  "finalBrier",
  "timeAvgBrier",
  "coverage",
  "relativeBrier",
  "logScore",
  "peerScore",
  "forecastCount",
  "calibration",
  "computedAt",
] as const;

export async function insertScoreRows(
  tx: DbTransaction,
  target: { questionId: string; resolutionId: string },
  scores: readonly ForecasterScore[],
  computedAt: Date,
): Promise<void> {
  const rows = scores.map((score) => [
    scoreId(),
    target.questionId,
    score.userId,
    target.resolutionId,
    score.finalBrier,
    score.timeAvgBrier,
    score.coverage,
    score.relativeBrier,
    score.logScore,
    score.peerScore,
    score.forecastCount,
    score.calibration,
    computedAt,
  ]);
  await insertRows(tx, "QuestionScore", COLUMNS, rows, SCORE_ROWS_PER_STATEMENT);
}
