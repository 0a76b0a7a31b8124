// Matching a plan against what is stored, so that importing the same file again adds nothing.
//
// Idempotency key: a question is the same question when the same person imported it with the
// same title and the same creation time (the file's "created at", which the import stores as
// the question's createdAt); a forecast is the same forecast when it is on that question, by the
// same account, at the same millisecond, with the same numbers. Both are natural keys of what the
// file records, so no extra column is needed, and a later, longer export of the same Fatebook
// account adds only what is new.
import type { Db } from "../db/client";
import { isProbabilityQuestion, probsOf } from "../forecasts/probabilities";
import type { PlannedQuestion } from "./plan";

export type StoredMatch = {
  id: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  options: { id: string; label: string }[];
  resolution: { outcome: string; optionId: string | null } | null;
  forecastKeys: Set<string>;
};

export const questionKey = (title: string, createdAt: Date) => `${title}\u0000${createdAt.getTime()}`;

export const forecastKey = (userId: string, createdAt: Date, probs: readonly number[]) =>
  `${userId}\u0000${createdAt.getTime()}\u0000${probs.map((p) => p.toFixed(6)).join(",")}`;

/** The viewer's earlier imports of these questions, with the keys of their forecasts. */
export async function storedMatches(
  db: Db,
  creatorId: string,
  questions: readonly PlannedQuestion[],
): Promise<Map<string, StoredMatch>> {
  const matches = new Map<string, StoredMatch>();
  const titles = [...new Set(questions.map((question) => question.title))];
  for (let i = 0; i < titles.length; i += 500) {
    const rows = await db.question.findMany({
      where: { createdById: creatorId, title: { in: titles.slice(i, i + 500) } },
      select: {
        id: true,
        title: true,
        type: true,
        createdAt: true,
        options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
        currentResolution: { select: { outcome: true, optionId: true } },
      },
    });
    for (const row of rows) {
      // Imported forecasts are probabilities: a NUMERIC or DATE question never matches one.
      if (!isProbabilityQuestion(row)) continue;
      matches.set(questionKey(row.title, row.createdAt), {
        id: row.id,
        type: row.type,
        options: row.options,
        resolution: row.currentResolution,
        forecastKeys: new Set(),
      });
    }
  }
  const wanted = questions.map((q) => matches.get(questionKey(q.title, q.createdAt))).filter((m) => m !== undefined);
  for (const match of wanted) {
    const forecasts = await db.forecast.findMany({
      where: { questionId: match.id, mode: "LIVE" },
      select: { userId: true, createdAt: true, probability: true, probabilities: true },
    });
    for (const forecast of forecasts) {
      match.forecastKeys.add(forecastKey(forecast.userId, forecast.createdAt, probsOf(match, forecast)));
    }
  }
  return matches;
}
