// One shape for a forecast's numbers everywhere: a vector in option order, with the question's
// type travelling beside it (a yes/no vector holds [P(yes)]; a yes/no question has no option
// rows). This is the only module that converts between that vector and the stored rows, the
// API's JSON and a request's input, so practice, sessions, scoring, charts and the API agree.
import { AppError } from "../errors";

// NUMERIC and DATE questions carry a CDF instead (lib/forecasts/continuous-schemas.ts): they have no
// probability vector, and the vector helpers below are never called for them (see isContinuous).
export type QuestionType = "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
export type ProbabilityQuestionType = "BINARY" | "MULTIPLE_CHOICE";
export const isContinuous = (question: { type: QuestionType }) =>
  question.type === "NUMERIC" || question.type === "DATE";

/** What a conversion needs to know of its question: the type and the options in order. */
export type ShapedQuestion = { type: QuestionType; options: readonly { id: string }[] };
type LabelledQuestion = { type: QuestionType; options: readonly { id: string; label: string }[] };

export type StoredForecast = {
  probability: number | null;
  probabilities: readonly { optionId: string; probability: number }[];
};

/** A forecast as the API speaks it: `probability` for yes/no, `probabilities` by option id otherwise. */
export type ProbabilitiesJson = { probability: number } | { probabilities: Record<string, number> };

/** A forecast as a request carries it (the API's forecast, practice and session inputs). */
export type ProbabilitiesInput = { probability?: number; probabilities?: Record<string, number> };

export const isYesNo = (question: { type: QuestionType }) => question.type === "BINARY";

/** A stored forecast as a vector in option order. */
export function probsOf(question: ShapedQuestion, forecast: StoredForecast): number[] {
  if (isYesNo(question)) return [forecast.probability ?? 0.5];
  return question.options.map(
    (option) => forecast.probabilities.find((entry) => entry.optionId === option.id)?.probability ?? 0,
  );
}

/** The columns and nested rows that store a vector, for `forecast.create({ data })`. */
export function storedProbabilities(question: ShapedQuestion, probs: readonly number[]) {
  if (isYesNo(question)) return { probability: probs[0]! };
  return {
    probability: null,
    probabilities: { create: question.options.map((option, i) => ({ optionId: option.id, probability: probs[i]! })) },
  };
}

/** A vector as the API returns it. */
export function probabilitiesJson(question: ShapedQuestion, probs: readonly number[]): ProbabilitiesJson {
  if (isYesNo(question)) return { probability: probs[0]! };
  return { probabilities: Object.fromEntries(question.options.map((option, i) => [option.id, probs[i]!])) };
}

/**
 * A validated input must also fit its question (the schema cannot know its options): a
 * probability for yes/no, one for every option and no other for multiple choice. Returns the
 * vector in option order.
 */
export function probsFromInput(question: LabelledQuestion, input: ProbabilitiesInput): number[] {
  if (isYesNo(question)) {
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

export const PROBABILITY_QUESTION_TYPES = ["BINARY", "MULTIPLE_CHOICE"] as const;

/** Narrows a question to the types forecast with probabilities (every type but NUMERIC and DATE). */
export function isProbabilityQuestion<T extends { type: QuestionType }>(
  question: T,
): question is T & { type: ProbabilityQuestionType } {
  return question.type === "BINARY" || question.type === "MULTIPLE_CHOICE";
}

/**
 * The question narrowed to a probability type, or a 400 for a NUMERIC or DATE question where
 * `feature` (practice, sessions, …) does not handle distributions yet.
 */
export function requireProbabilityQuestion<T extends { type: QuestionType }>(
  question: T,
  feature: string,
): T & { type: ProbabilityQuestionType } {
  if (isProbabilityQuestion(question)) return question;
  throw new AppError("bad_request", `${feature} does not support ${question.type} questions yet`);
}
