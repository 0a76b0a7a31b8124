// Answering one question of a practice run: validated first, then written in one transaction
// as a PRACTICE forecast with its run and "as of" date (never LIVE, so it cannot reach track
// records or crowds). Only then is the outcome revealed. A question is answered once per run:
// the database holds that rule (a unique index), so racing submissions get one 201 and 409s.
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { requireId } from "../validation/ids";
import { parseInput } from "../validation/parse";
import { probsFromInput, requireProbabilityQuestion } from "../forecasts/probabilities";
import { asOfDate, practiceQuestionSelect } from "./as-of";
import { loadCrowds } from "./crowd";
import { buildReveal } from "./reveal";
import { loadOwnRun, runQuestionIds } from "./run-record";
import { practiceAnswerInput } from "./schemas";
import { practiceQuestionsWhere } from "./scope";
import { storedProbabilities } from "../forecasts/probabilities";
import { isUniqueViolation } from "../db/errors";

export const ALREADY_ANSWERED = "You have already answered this question in this run; start a new run to try it again";

export async function answerPractice(
  db: Db,
  viewer: SignedInViewer,
  runId: string,
  rawInput: unknown,
  now = new Date(),
) {
  requireId(runId, "runId");
  const input = parseInput(practiceAnswerInput, rawInput);
  const run = await loadOwnRun(db, viewer, runId);
  const ids = runQuestionIds(run);
  if (!ids.includes(input.questionId)) {
    throw new AppError("bad_request", "questionId: not a question of this practice run", [
      { path: "questionId", message: "not a question of this practice run" },
    ]);
  }
  const found = await db.question.findFirst({
    where: { AND: [practiceQuestionsWhere(viewer), { id: input.questionId }] },
    select: practiceQuestionSelect,
  });
  if (!found) throw notFound("Question");
  const question = requireProbabilityQuestion(found, "Practice");
  const probs = probsFromInput(question, input);

  const { forecast, answered } = await db
    .$transaction(async (tx) => {
      // Checked inside the transaction for a clear answer in the usual case; two submissions racing
      // past this check meet the unique index on (practiceRunId, questionId) instead, below.
      const existing = await tx.forecast.findFirst({
        where: { practiceRunId: run.id, questionId: question.id },
        select: { id: true },
      });
      if (existing) throw new AppError("conflict", ALREADY_ANSWERED);
      const created = await tx.forecast.create({
        data: {
          questionId: question.id,
          userId: viewer.userId,
          ...storedProbabilities(question, probs),
          rationale: input.rationale ? input.rationale : null,
          mode: "PRACTICE",
          asOf: asOfDate(question),
          practiceRunId: run.id,
          createdAt: now,
        },
        select: { id: true, createdAt: true, asOf: true, rationale: true },
      });
      const count = await tx.forecast.count({ where: { practiceRunId: run.id } });
      if (count >= ids.length && !run.finishedAt) {
        await tx.practiceRun.update({ where: { id: run.id }, data: { finishedAt: now } });
      }
      return { forecast: created, answered: count };
    })
    .catch((error: unknown) => {
      // The answer that lost the race: the same 409 as the check above, not a server error.
      if (isUniqueViolation(error)) throw new AppError("conflict", ALREADY_ANSWERED);
      throw error;
    });

  const crowds = await loadCrowds(db, viewer.userId, [question]);
  return {
    questionId: question.id,
    forecast: { ...forecast, probs },
    question,
    progress: { answered, total: ids.length, finished: answered >= ids.length },
    reveal: buildReveal(question, probs, crowds.get(question.id), viewer),
  };
}
