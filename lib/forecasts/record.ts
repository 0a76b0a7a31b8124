// Appending a forecast: validated first, checked against the question, written in one
// transaction. Forecasts are never updated or deleted; a revision is a new row.
import type { Db } from "../db/client";
import { questionStatus } from "../domain/question-status";
import { visibleQuestionsWhere, type SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { recordOutboxEvent } from "../outbox/record";
import { requireId } from "../validation/ids";
import { parseInput } from "../validation/parse";
import { isYesNo, probsFromInput, probsOf, requireProbabilityQuestion, storedProbabilities } from "./probabilities";
import { applyLiveForecast } from "./read-model";
import { forecastInput } from "./schemas";

export async function recordForecast(
  db: Db,
  viewer: SignedInViewer,
  questionId: string,
  rawInput: unknown,
  now = new Date(),
) {
  requireId(questionId, "questionId");
  const input = parseInput(forecastInput, rawInput);
  const question = await db.question.findFirst({
    where: { AND: [{ id: questionId }, visibleQuestionsWhere(viewer)] },
    select: {
      id: true,
      type: true,
      teamId: true,
      closeAt: true,
      resolvedAt: true,
      options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
    },
  });
  if (!question) throw notFound("Question");
  const status = questionStatus(question, now);
  if (status !== "open") {
    throw new AppError("conflict", `This question is ${status} and accepts no new forecasts`);
  }

  // Distributions are not recorded yet: refuse rather than store a probability on a range.
  const probabilityQuestion = requireProbabilityQuestion(question, "Forecasting by probability");
  const probs = probsFromInput(probabilityQuestion, input);

  // The forecast and the read models built from the log commit together or not at all.
  const forecast = await db.$transaction(async (tx) => {
    const created = await tx.forecast.create({
      data: {
        questionId: question.id,
        userId: viewer.userId,
        ...storedProbabilities(question, probs),
        rationale: input.rationale ? input.rationale : null,
        mode: "LIVE",
        createdAt: now,
      },
      select: {
        id: true,
        questionId: true,
        userId: true,
        createdAt: true,
        rationale: true,
        probability: true,
        // A yes/no forecast has no option rows: not asking for them saves a query per write.
        probabilities: isYesNo(question) ? false : { select: { optionId: true, probability: true } },
      },
    });
    // The numbers as stored (the database may round a double differently than it was sent), so
    // the read models match a rebuild from the log exactly.
    const stored = probsOf(question, created);
    await applyLiveForecast(tx, question, {
      id: created.id,
      userId: created.userId,
      createdAt: created.createdAt,
      probs: stored,
    });
    // A team hears of its members' forecasts; public questions' forecasts are no event.
    if (question.teamId) {
      await recordOutboxEvent(tx, {
        type: "forecast.created",
        payload: { questionId: question.id, teamId: question.teamId, forecastId: created.id, userId: viewer.userId },
        occurredAt: now,
      });
    }
    return created;
  });
  return { ...forecast, question, probs: probsOf(question, forecast) };
}
