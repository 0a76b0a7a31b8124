// The crowd on a resolved question: the recency-weighted median of each other forecaster's
// latest live forecast made before the event (later ones could not have been forecasts).
// Practice and session forecasts never count; one query for all the questions asked about.
import type { Db } from "../db/client";
import { recencyWeightedMedian } from "../forecasting";
import { probsOf } from "../forecasts/probabilities";
import { scoredUntil } from "../scoring/recompute";

export type Crowd = { probs: number[]; forecasters: number };

type CrowdQuestion = {
  id: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  options: { id: string }[];
  currentResolution: { occurredAt: Date; recordedAt: Date } | null;
};

export async function loadCrowds(
  db: Db,
  excludeUserId: string,
  questions: readonly CrowdQuestion[],
): Promise<Map<string, Crowd>> {
  const rows = await db.forecast.findMany({
    where: { questionId: { in: questions.map((q) => q.id) }, mode: "LIVE", userId: { not: excludeUserId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { questionId: true, userId: true, createdAt: true, probability: true, probabilities: true },
  });
  const crowds = new Map<string, Crowd>();
  for (const question of questions) {
    const resolution = question.currentResolution;
    if (!resolution) continue;
    const until = scoredUntil(resolution.occurredAt, resolution.recordedAt);
    const latest = new Map<string, (typeof rows)[number]>();
    for (const row of rows) {
      if (row.questionId !== question.id || row.createdAt.getTime() > until) continue;
      latest.delete(row.userId); // re-inserting keeps the map in the order of latest forecasts
      latest.set(row.userId, row);
    }
    if (latest.size === 0) continue;
    const inTimeOrder = [...latest.values()];
    // Each number of the vector is pooled on its own, in order of the forecasters' latest forecasts.
    const vectors = inTimeOrder.map((row) => probsOf(question, row));
    const probs = vectors[0]!.map((_, i) => recencyWeightedMedian(vectors.map((vector) => vector[i]!)));
    crowds.set(question.id, { probs, forecasters: inTimeOrder.length });
  }
  return crowds;
}
