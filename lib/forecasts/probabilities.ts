// One shape for a forecast's numbers everywhere: a vector in option order (yes/no questions hold
// [P(yes)]). These convert between that vector and how a forecast is stored.
type QuestionShape = { type: "BINARY" | "MULTIPLE_CHOICE"; options: readonly { id: string }[] };

export type StoredForecast = {
  probability: number | null;
  probabilities: readonly { optionId: string; probability: number }[];
};

/** A stored forecast as a vector in option order. */
export function probsOf(question: QuestionShape, forecast: StoredForecast): number[] {
  if (question.type === "BINARY") return [forecast.probability ?? 0.5];
  return question.options.map(
    (option) => forecast.probabilities.find((entry) => entry.optionId === option.id)?.probability ?? 0,
  );
}

/** The columns and nested rows that store a vector, for `forecast.create({ data })`. */
export function storedProbabilities(question: QuestionShape, probs: readonly number[]) {
  if (question.type === "BINARY") return { probability: probs[0]! };
  return {
    probability: null,
    probabilities: { create: question.options.map((option, i) => ({ optionId: option.id, probability: probs[i]! })) },
  };
}
