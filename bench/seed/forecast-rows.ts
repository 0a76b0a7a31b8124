// The forecast log of one question as rows ready for createMany: times sorted inside the
// question's window, every chosen forecaster forecasting at least once, option rows for multiple
// choice (one per option, summing to 100%).
import { binaryProbability, forecastWindow, optionProbabilities } from "./plan";
import type { Random } from "./random";

export type ForecastRow = {
  id: string;
  questionId: string;
  userId: string;
  probability: number | null;
  rationale: string | null;
  mode: "LIVE";
  createdAt: Date;
};
export type OptionRow = { forecastId: string; optionId: string; probability: number };

export type ForecastTarget = {
  questionId: string;
  openAt: Date;
  closeAt: Date;
  occurredAt: Date | null;
  /** Option ids in position order; empty for yes/no. */
  optionIds: readonly string[];
  lean: readonly number[];
  count: number;
  /** How many distinct people forecast (at most `eligible.length` and `count`). */
  forecasters: number;
};

export function forecastRows(
  random: Random,
  nextId: () => string,
  target: ForecastTarget,
  eligible: readonly string[],
  now: number,
): { forecasts: ForecastRow[]; options: OptionRow[] } {
  const forecasts: ForecastRow[] = [];
  const options: OptionRow[] = [];
  if (target.count === 0) return { forecasts, options };
  const people = random.sample(eligible, Math.max(1, Math.min(target.forecasters, target.count, eligible.length)));
  const { start, end } = forecastWindow(target, now);
  const times = Array.from({ length: target.count }, () => Math.floor(random.between(start, end)));
  times.sort((a, b) => a - b);
  // The first len(people) forecasts are one per person, in a random order; the rest revise.
  const authors = Array.from({ length: target.count }, (_, i) =>
    i < people.length ? people[i]! : people[Math.floor(random.next() * people.length)]!,
  );
  for (let i = 0; i < target.count; i++) {
    const id = nextId();
    const multiple = target.optionIds.length > 0;
    forecasts.push({
      id,
      questionId: target.questionId,
      userId: authors[i]!,
      probability: multiple ? null : binaryProbability(random, target.lean[0]!),
      rationale: random.next() < 0.1 ? `Bench rationale ${i + 1}: base rates and recent reporting.` : null,
      mode: "LIVE",
      createdAt: new Date(times[i]!),
    });
    if (multiple) {
      const probs = optionProbabilities(random, target.lean);
      target.optionIds.forEach((optionId, k) => options.push({ forecastId: id, optionId, probability: probs[k]! }));
    }
  }
  return { forecasts, options };
}
