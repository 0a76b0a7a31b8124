// Pooling a round's answers on one question: the median and the extremized mean of log-odds
// (lib/forecasting), per option for multiple choice, renormalised to sum to 1.
import { DEFAULT_EXTREMIZING_FACTOR, extremizedMeanLogOdds, median } from "../forecasting";

export type Pooled = { median: number[]; extremized: number[]; n: number } | null;

function perOption(answers: number[][], combine: (ps: number[]) => number): number[] {
  const k = answers[0]!.length;
  const pooled = Array.from({ length: k }, (_, i) => combine(answers.map((probs) => probs[i]!)));
  if (k === 1) return pooled;
  const total = pooled.reduce((a, b) => a + b, 0);
  return total > 0 ? pooled.map((p) => p / total) : pooled.map(() => 1 / k);
}

export function poolAnswers(answers: number[][]): Pooled {
  if (answers.length === 0) return null;
  return {
    median: perOption(answers, median),
    extremized: perOption(answers, (ps) => extremizedMeanLogOdds(ps, DEFAULT_EXTREMIZING_FACTOR)),
    n: answers.length,
  };
}
