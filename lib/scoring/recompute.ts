// Keeps QuestionScore in step with a question's current resolution: called inside the
// transaction that records the resolution, so scores never disagree with it.
import type { Db, DbTransaction } from "../db/client";
import { invalidateTeamStandings } from "../teams/standings";
import { scoreQuestionInSlices, type LoggedForecast } from "./question-scores";
import { scoredOutcome } from "../forecasts/outcome";
import { isYesNo, probsOf } from "../forecasts/probabilities";

export async function recomputeQuestionScores(tx: DbTransaction, questionId: string): Promise<number> {
  await tx.questionScore.deleteMany({ where: { questionId } });
  const question = await tx.question.findUniqueOrThrow({
    where: { id: questionId },
    select: {
      type: true,
      teamId: true,
      openAt: true,
      closeAt: true,
      options: { orderBy: { position: "asc" }, select: { id: true } },
      currentResolution: { select: { id: true, outcome: true, optionId: true, occurredAt: true, recordedAt: true } },
    },
  });
  // The team's leaderboard counts its own questions' scores: whatever follows changes them.
  if (question.teamId) await invalidateTeamStandings(tx, question.teamId);
  const resolution = question.currentResolution;
  if (!resolution) return 0;
  const outcome = scoredOutcome(question, resolution);
  if (!outcome) return 0; // AMBIGUOUS and ANNULLED questions are not scored.

  const log = await readLiveLog(tx, questionId, question);
  const scores = await scoreQuestionInSlices(
    log,
    outcome,
    {
      openAt: question.openAt.getTime(),
      closeAt: question.closeAt.getTime(),
      occurredAt: scoredUntil(resolution.occurredAt, resolution.recordedAt),
    },
    yieldToEventLoop,
  );
  // In slices of rows, each a statement of its own: other requests are served in between.
  for (let from = 0; from < scores.length; from += SCORE_ROWS_PER_STATEMENT) {
    await tx.questionScore.createMany({
      data: scores
        .slice(from, from + SCORE_ROWS_PER_STATEMENT)
        .map((score) => ({ ...score, questionId, resolutionId: resolution.id })),
    });
  }
  return scores.length;
}

const LOG_PAGE = 2_000;
const SCORE_ROWS_PER_STATEMENT = 100;

/** Lets pending I/O (other requests) run before the next slice of work. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

type LogRow = {
  id: string;
  userId: string;
  createdAt: Date;
  probability: number | null;
  probabilities?: { optionId: string; probability: number }[];
};

/**
 * The question's live log, oldest first, read in pages: each page is a statement of its own, so
 * other requests are served between them while a big question is rescored. A yes/no question
 * has no option rows to read.
 */
async function readLiveLog(
  tx: DbTransaction,
  questionId: string,
  question: Parameters<typeof probsOf>[0],
): Promise<LoggedForecast[]> {
  const log: LoggedForecast[] = [];
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const page: LogRow[] = await tx.forecast.findMany({
      where: {
        questionId,
        mode: "LIVE",
        ...(after
          ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] }
          : {}),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: LOG_PAGE,
      select: {
        id: true,
        userId: true,
        createdAt: true,
        probability: true,
        probabilities: isYesNo(question) ? false : { select: { optionId: true, probability: true } },
      },
    });
    for (const forecast of page) {
      const stored = { probability: forecast.probability, probabilities: forecast.probabilities ?? [] };
      log.push({ userId: forecast.userId, t: forecast.createdAt.getTime(), probs: probsOf(question, stored) });
    }
    if (page.length < LOG_PAGE) return log;
    const last = page.at(-1)!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

/** Questions with a score written before scores carried their calibration pairs. */
export async function questionsWithUncalibratedScores(db: Db): Promise<string[]> {
  const rows = await db.questionScore.findMany({
    where: { calibration: null },
    distinct: ["questionId"],
    select: { questionId: true },
  });
  return rows.map((row) => row.questionId);
}

const DAY_MS = 86_400_000;

/**
 * Resolutions are usually dated by calendar day (midnight UTC). A forecast made on the day of
 * the event still counts, up to the end of that day, but never after the resolution was recorded.
 */
export function scoredUntil(occurredAt: Date, recordedAt: Date): number {
  const t = occurredAt.getTime();
  const dateOnly = t % DAY_MS === 0;
  return Math.min(dateOnly ? t + DAY_MS - 1 : t, Math.max(t, recordedAt.getTime()));
}
