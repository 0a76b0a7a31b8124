// How a forecast's vector reads on screen. Pure, so server pages and client components share it.
import { formatPercent } from "../format";
import { isYesNo, type QuestionType } from "./probabilities";

type DisplayedQuestion = { type: QuestionType; options: readonly { label: string }[] };

/** The label of each number in a vector: "Yes" for a yes/no question, the option labels otherwise. */
export function vectorLabels(question: DisplayedQuestion): string[] {
  return isYesNo(question) ? ["Yes"] : question.options.map((option) => option.label);
}

/** "62%" (the chance of Yes), or "Truce 20% · Merger 5% · Rivalry 75%". */
export function formatProbabilities(question: DisplayedQuestion, probs: readonly number[]): string {
  if (isYesNo(question)) return formatPercent(probs[0]!);
  return question.options.map((option, i) => `${option.label} ${formatPercent(probs[i]!)}`).join(" · ");
}
