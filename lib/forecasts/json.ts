// The API's representation of forecasts: probability for yes/no, probabilities by option id.
import type { LogEntry } from "./log";

export function toForecastJson(
  entry: Pick<LogEntry, "id" | "userId" | "userName" | "createdAt" | "probs" | "rationale">,
  options: { id: string }[],
  type: "BINARY" | "MULTIPLE_CHOICE",
) {
  return {
    id: entry.id,
    userId: entry.userId,
    userName: entry.userName,
    createdAt: entry.createdAt.toISOString(),
    ...(type === "BINARY"
      ? { probability: entry.probs[0] }
      : { probabilities: Object.fromEntries(options.map((option, i) => [option.id, entry.probs[i]])) }),
    rationale: entry.rationale,
  };
}
