// The API's representation of a forecast: its numbers in the one shape of
// lib/forecasts/probabilities.ts, beside who made it, when and why.
import type { LogEntry } from "./log";
import { probabilitiesJson, type ShapedQuestion } from "./probabilities";

export function toForecastJson(
  entry: Pick<LogEntry, "id" | "userId" | "userName" | "createdAt" | "probs" | "rationale">,
  question: ShapedQuestion,
) {
  return {
    id: entry.id,
    userId: entry.userId,
    userName: entry.userName,
    createdAt: entry.createdAt.toISOString(),
    ...probabilitiesJson(question, entry.probs),
    rationale: entry.rationale,
  };
}
