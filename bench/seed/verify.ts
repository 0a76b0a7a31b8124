// Checks the generated data against the services' invariants (portable SQL, both providers), and
// recomputes a sample of questions' scores with lib/scoring's recomputeQuestionScores (inside a
// transaction that is rolled back) to confirm the stored scores are the app's.
import type { Db } from "../../lib/db/client";
import { recomputeQuestionScores } from "../../lib/scoring/recompute";

const CHECKS: [string, string][] = [
  [
    "forecasts outside [openAt, closeAt]",
    `SELECT COUNT(*) AS n FROM "Forecast" f JOIN "Question" q ON q."id" = f."questionId"
     WHERE f."createdAt" < q."openAt" OR f."createdAt" > q."closeAt"`,
  ],
  [
    "forecasts on or after the event of a resolved question",
    `SELECT COUNT(*) AS n FROM "Forecast" f JOIN "Question" q ON q."id" = f."questionId"
     JOIN "Resolution" r ON r."id" = q."currentResolutionId" WHERE f."createdAt" >= r."occurredAt"`,
  ],
  [
    "yes/no forecasts without a probability, or with option rows",
    `SELECT COUNT(*) AS n FROM "Forecast" f JOIN "Question" q ON q."id" = f."questionId"
     WHERE q."type" = 'BINARY' AND (f."probability" IS NULL
       OR EXISTS (SELECT 1 FROM "ForecastOptionProbability" o WHERE o."forecastId" = f."id"))`,
  ],
  [
    "multiple-choice forecasts without one row per option summing to 1",
    `SELECT COUNT(*) AS n FROM "Forecast" f JOIN "Question" q ON q."id" = f."questionId"
     WHERE q."type" = 'MULTIPLE_CHOICE' AND (f."probability" IS NOT NULL
       OR (SELECT COUNT(*) FROM "ForecastOptionProbability" o WHERE o."forecastId" = f."id")
          <> (SELECT COUNT(*) FROM "QuestionOption" qo WHERE qo."questionId" = q."id")
       OR ABS((SELECT SUM(o."probability") FROM "ForecastOptionProbability" o WHERE o."forecastId" = f."id") - 1) > 0.0001)`,
  ],
  [
    "questions whose resolvedAt and currentResolutionId disagree",
    `SELECT COUNT(*) AS n FROM "Question" WHERE ("resolvedAt" IS NULL) <> ("currentResolutionId" IS NULL)`,
  ],
  [
    "resolutions recorded before their event or after their question's resolvedAt",
    `SELECT COUNT(*) AS n FROM "Resolution" r JOIN "Question" q ON q."id" = r."questionId"
     WHERE r."recordedAt" < r."occurredAt" OR r."recordedAt" > q."resolvedAt"`,
  ],
  [
    "forecasts on team questions by people outside the team",
    `SELECT COUNT(*) AS n FROM "Forecast" f JOIN "Question" q ON q."id" = f."questionId"
     WHERE q."teamId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "TeamMembership" m
       WHERE m."teamId" = q."teamId" AND m."userId" = f."userId")`,
  ],
];

export async function verifyBenchData(db: Db, sampleQuestions = 20): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, sql] of CHECKS) {
    const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(sql);
    const n = Number(row?.n ?? 0);
    if (n !== 0) problems.push(`${n} ${name}`);
  }
  const resolved = await db.question.findMany({
    where: { currentResolutionId: { not: null }, seedKey: null },
    select: { id: true },
    take: sampleQuestions,
    orderBy: { id: "asc" },
  });
  const key = (s: { userId: string; finalBrier: number; timeAvgBrier: number; relativeBrier: number | null }) =>
    `${s.userId}:${s.finalBrier.toFixed(9)}:${s.timeAvgBrier.toFixed(9)}:${s.relativeBrier?.toFixed(9) ?? "-"}`;
  const select = { userId: true, finalBrier: true, timeAvgBrier: true, relativeBrier: true } as const;
  for (const { id } of resolved) {
    const stored = (await db.questionScore.findMany({ where: { questionId: id }, select })).map(key).sort();
    const rollback = new Error("rollback");
    let recomputed: string[] = [];
    await db
      .$transaction(async (tx) => {
        await recomputeQuestionScores(tx, id);
        recomputed = (await tx.questionScore.findMany({ where: { questionId: id }, select })).map(key).sort();
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    if (stored.join() !== recomputed.join()) problems.push(`question ${id}: stored scores differ from recomputed ones`);
  }
  return problems;
}
