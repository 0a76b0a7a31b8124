// The forecasts found in a stored source's text, recomputed on demand: the extractor is pure
// and deterministic, so the same text always yields the same candidates at the same offsets.
import type { Db } from "../db/client";
import type { Candidate } from "../extraction";
import { AppError, notFound } from "../errors";
import { analyseText } from "./analyse";

export async function sourceWithText(db: Db, sourceId: string) {
  const source = await db.source.findUnique({
    where: { id: sourceId },
    select: { id: true, title: true, author: true, publishedAt: true, text: true },
  });
  if (!source) throw notFound("Source");
  return source;
}

export { analyseText };

export async function candidateAt(text: string, start: number, end: number): Promise<Candidate> {
  const candidate = (await analyseText(text)).candidates.find((c) => c.start === start && c.end === end);
  if (!candidate) {
    throw new AppError("bad_request", "fromExcerpt does not point at a forecast found in that source", [
      { path: "fromExcerpt", message: "no forecast at these offsets" },
    ]);
  }
  return candidate;
}
