// Questions a new draft may duplicate: same theme, and enough content words in common.
import type { Db } from "../db/client";
import type { ThemeSlug } from "../domain/themes";
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";

export const SIMILARITY_THRESHOLD = 0.15;

const STOP = new Set([
  "will",
  "that",
  "there",
  "their",
  "would",
  "which",
  "with",
  "from",
  "this",
  "have",
  "been",
  "into",
]);

export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((word) => word.length >= 4 && !STOP.has(word)),
  );
}

export function wordOverlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

export async function similarQuestions(db: Db, viewer: Viewer, draft: { text: string; themes: ThemeSlug[] }) {
  if (draft.themes.length === 0) return [];
  const candidates = await db.question.findMany({
    where: { AND: [visibleQuestionsWhere(viewer), { themes: { some: { themeSlug: { in: draft.themes } } } }] },
    select: { id: true, title: true, resolvedAt: true, closeAt: true },
    take: 200,
  });
  const words = contentWords(draft.text);
  return candidates
    .map((question) => ({ ...question, score: wordOverlap(words, contentWords(question.title)) }))
    .filter((question) => question.score >= SIMILARITY_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
}
