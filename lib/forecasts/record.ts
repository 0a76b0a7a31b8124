// Appending a forecast: validated first, checked against the question, written in one
// transaction. Forecasts are never updated or deleted; a revision is a new row.
import type { Db } from "../db/client";
import { questionStatus } from "../domain/question-status";
import { visibleQuestionsWhere, type SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { requireId } from "../validation/ids";
import { parseInput } from "../validation/parse";
import { storedProbabilities } from "./probabilities";
import { forecastInput, type ForecastInput } from "./schemas";

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
    select: { id: true, type: true, closeAt: true, resolvedAt: true, options: { select: { id: true, label: true } } },
  });
  if (!question) throw notFound("Question");
  const status = questionStatus(question, now);
  if (status !== "open") {
    throw new AppError("conflict", `This question is ${status} and accepts no new forecasts`);
  }

  const probs = checkForecastFitsQuestion(question, input);

  return db.forecast.create({
    data: {
      questionId: question.id,
      userId: viewer.userId,
      ...storedProbabilities(question, probs),
      rationale: input.rationale ? input.rationale : null,
      mode: "LIVE",
      createdAt: now,
    },
    include: { probabilities: true },
  });
}

/**
 * A validated forecast must also fit its question: a probability for yes/no, every option for
 * multiple choice. Returns it as a vector in option order.
 */
export function checkForecastFitsQuestion(
  question: { type: "BINARY" | "MULTIPLE_CHOICE"; options: { id: string; label: string }[] },
  input: ForecastInput,
): number[] {
  if (question.type === "BINARY") {
    if (input.probability === undefined) {
      throw new AppError("bad_request", "probability is required for a yes/no question", [
        { path: "probability", message: "probability is required for a yes/no question" },
      ]);
    }
  } else {
    if (!input.probabilities) {
      throw new AppError("bad_request", "probabilities is required for a multiple-choice question", [
        { path: "probabilities", message: "give one probability per option, keyed by option id" },
      ]);
    }
    const known = new Set(question.options.map((option) => option.id));
    const unknown = Object.keys(input.probabilities).filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new AppError("bad_request", `probabilities names an unknown option id: ${unknown.join(", ")}`, [
        { path: `probabilities.${unknown[0]}`, message: "not an option of this question" },
      ]);
    }
    const missing = question.options.filter((option) => input.probabilities?.[option.id] === undefined);
    if (missing.length > 0) {
      throw new AppError("bad_request", `probabilities is missing option “${missing[0]?.label}”`, [
        { path: `probabilities.${missing[0]?.id}`, message: "every option needs a probability" },
      ]);
    }
  }
  return question.type === "BINARY"
    ? [input.probability!]
    : question.options.map((option) => input.probabilities![option.id]!);
}
