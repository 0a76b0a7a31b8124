// A source's analysis, computed once and stored with the source: showing a source (to anyone,
// signed in or not) must not re-run the extractor over up to 1 MB of text on every request.
// The stored copy is valid for one ANALYSIS_VERSION; change it whenever the extractor's output
// changes, and each source is re-analysed once, on its next view.
import type { Db } from "../db/client";
import { analyseTextOrExplain, type TextAnalysis } from "./analyse";

export const ANALYSIS_VERSION = "extractor-2026-11-28.2";

export type StoredAnalysis = { analysis: TextAnalysis; problem: null } | { analysis: null; problem: string };

/** The analysis of a source's text: the stored one when current, else computed now and stored. */
export async function sourceAnalysis(db: Db, source: { id: string; text: string }): Promise<StoredAnalysis> {
  const stored = await db.source.findUnique({
    where: { id: source.id },
    select: { analysis: true, analysisVersion: true },
  });
  if (stored?.analysis && stored.analysisVersion === ANALYSIS_VERSION) {
    return JSON.parse(stored.analysis) as StoredAnalysis;
  }
  // A text the extractor could not finish in time is stored with its reason too: retrying it on
  // every view would cost the full time bound each time.
  const fresh = await analyseTextOrExplain(source.text);
  await db.source.updateMany({
    where: { id: source.id },
    data: { analysis: JSON.stringify(fresh), analysisVersion: ANALYSIS_VERSION },
  });
  return fresh;
}
