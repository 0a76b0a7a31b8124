// Writing a question's score rows: plain multi-row INSERTs of 25 rows each, a statement
// apiece so other requests are served in between. A Prisma createMany of a hundred rows
// took ~100 ms of the server’s only thread to build, the SQL ~25 ms; 25 rows keep each step near 6 ms.
import { randomUUID } from "node:crypto";
import { join, sql } from "../../generated/prisma/internal/prismaNamespace";
import type { DbTransaction } from "../db/client";
import type { ForecasterScore } from "./question-scores";

export const SCORE_ROWS_PER_STATEMENT = 25;

/** A score row's key: only ever looked up by question and user, never ordered by. */
const scoreId = () => `qs${randomUUID().replaceAll("-", "")}`;

export async function insertScoreRows(
  tx: DbTransaction,
  target: { questionId: string; resolutionId: string },
  scores: readonly ForecasterScore[],
  computedAt: Date,
): Promise<void> {
  for (let from = 0; from < scores.length; from += SCORE_ROWS_PER_STATEMENT) {
    const rows = scores.slice(from, from + SCORE_ROWS_PER_STATEMENT).map(
      (score) =>
        sql`(${scoreId()}, ${target.questionId}, ${score.userId}, ${target.resolutionId}, ${score.finalBrier},
          ${score.timeAvgBrier}, ${score.coverage}, ${score.relativeBrier}, ${score.logScore}, ${score.peerScore},
          ${score.forecastCount}, ${score.calibration}, ${computedAt})`,
    );
    await tx.$executeRaw`
      INSERT INTO "QuestionScore" ("id", "questionId", "userId", "resolutionId", "finalBrier", "timeAvgBrier",
        "coverage", "relativeBrier", "logScore", "peerScore", "forecastCount", "calibration", "computedAt")
      VALUES ${join(rows)}`;
  }
}
