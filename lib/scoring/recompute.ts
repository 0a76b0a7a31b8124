// Keeps QuestionScore in step with a question's current resolution: called inside the
// transaction that records the resolution, so scores never disagree with it.
import type { Db, DbTransaction } from "../db/client";
import { invalidateTeamStandings } from "../teams/standings";
import { scoreQuestionInSlices } from "./question-scores";
import { scoredOutcome } from "../forecasts/outcome";
import { readLiveLog } from "./live-log";
import { insertScoreRows } from "./score-rows";
import { RANGE_COLUMNS, rangeOf } from "../forecasts/continuous";
import { isContinuous } from "../forecasts/probabilities";
import { recomputeContinuousScores } from "./continuous-scores";

export async function recomputeQuestionScores(tx: DbTransaction, questionId: string): Promise<number> {
  await tx.questionScore.deleteMany({ where: { questionId } });
  await tx.continuousScore.deleteMany({ where: { questionId } });
  const question = await tx.question.findUniqueOrThrow({
    where: { id: questionId },
    select: {
      ...RANGE_COLUMNS,
      teamId: true,
      openAt: true,
      closeAt: true,
      options: { orderBy: { position: "asc" }, select: { id: true } },
      currentResolution: {
        select: { id: true, outcome: true, optionId: true, value: true, occurredAt: true, recordedAt: true },
      },
    },
  });
  // The team's leaderboard counts its own questions' scores: whatever follows changes them.
  if (question.teamId) await invalidateTeamStandings(tx, question.teamId);
  const resolution = question.currentResolution;
  if (!resolution) return 0;
  const window = {
    openAt: question.openAt.getTime(),
    closeAt: question.closeAt.getTime(),
    occurredAt: scoredUntil(resolution.occurredAt, resolution.recordedAt),
  };
  if (isContinuous(question)) {
    // Only a value is scored; AMBIGUOUS and ANNULLED are not.
    if (resolution.outcome !== "VALUE" || resolution.value === null) return 0;
    return recomputeContinuousScores(
      tx,
      { id: questionId, range: rangeOf(question) },
      { id: resolution.id, value: resolution.value },
      window,
    );
  }
  const outcome = scoredOutcome(question, resolution);
  if (!outcome) return 0; // AMBIGUOUS and ANNULLED questions are not scored.

  const log = await readLiveLog(tx, questionId, question, yieldToEventLoop);
  const scores = await scoreQuestionInSlices(log, outcome, window, yieldToEventLoop);
  await insertScoreRows(tx, { questionId, resolutionId: resolution.id }, scores, new Date());
  return scores.length;
}

/** Lets pending I/O (other requests) run before the next slice of work. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

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
