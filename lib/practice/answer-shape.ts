// Checks an answer against its question's type and options (the schema cannot know them) and
// returns the probabilities in option order, the shape scoring works with.
import { AppError } from "../errors";
import type { PracticeAnswerInput } from "./schemas";
import { probsOf } from "../forecasts/probabilities";

type Question = { type: "BINARY" | "MULTIPLE_CHOICE"; options: { id: string; label: string }[] };

export function answerProbs(question: Question, input: Pick<PracticeAnswerInput, "probability" | "probabilities">) {
  if (question.type === "BINARY") {
    if (input.probability === undefined) {
      throw new AppError("bad_request", "probability is required for a yes/no question", [
        { path: "probability", message: "probability is required for a yes/no question" },
      ]);
    }
    return [input.probability];
  }
  const given = input.probabilities;
  if (!given) {
    throw new AppError("bad_request", "probabilities is required for a multiple-choice question", [
      { path: "probabilities", message: "give one probability per option, keyed by option id" },
    ]);
  }
  const known = new Set(question.options.map((option) => option.id));
  const unknown = Object.keys(given).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError("bad_request", `probabilities names an unknown option id: ${unknown.join(", ")}`, [
      { path: `probabilities.${unknown[0]}`, message: "not an option of this question" },
    ]);
  }
  const missing = question.options.find((option) => given[option.id] === undefined);
  if (missing) {
    throw new AppError("bad_request", `probabilities is missing option “${missing.label}”`, [
      { path: `probabilities.${missing.id}`, message: "every option needs a probability" },
    ]);
  }
  return question.options.map((option) => given[option.id]!);
}

/** A stored practice forecast back in option order. */
export const storedProbs = probsOf;
