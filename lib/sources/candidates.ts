// The forecasts found in a stored source's text, from its stored analysis
// (lib/sources/stored-analysis.ts): the same text always yields the same candidates at the same
// offsets, so a candidate is addressed by its offsets.
import type { Db } from "../db/client";
import type { Candidate } from "../extraction";
import { AppError, notFound } from "../errors";
import { analyseText } from "./analyse";
import { sourceAnalysis } from "./stored-analysis";

export async function sourceWithText(db: Db, sourceId: string) {
  const source = await db.source.findUnique({
    where: { id: sourceId },
    select: { id: true, title: true, author: true, publishedAt: true, text: true },
  });
  if (!source) throw notFound("Source");
  return source;
}

export { analyseText };

export async function candidateAt(
  db: Db,
  source: { id: string; text: string },
  start: number,
  end: number,
): Promise<Candidate> {
  const { analysis, problem } = await sourceAnalysis(db, source);
  if (!analysis) throw new AppError("unprocessable", problem);
  const candidate = analysis.candidates.find((c) => c.start === start && c.end === end);
  if (!candidate) {
    throw new AppError("bad_request", "fromExcerpt does not point at a forecast found in that source", [
      { path: "fromExcerpt", message: "no forecast at these offsets" },
    ]);
  }
  return candidate;
}
