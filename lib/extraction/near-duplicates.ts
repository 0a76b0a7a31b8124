// Near-duplicate sources: the same article stored twice (a republication, a paywalled teaser of the full text).
// Compared on word shingles of the text with page debris removed, so two copies from different sites, each with its
// own navigation and notices, still line up.
//
// The measure is containment of the smaller shingle set in the larger, |A ∩ B| / min(|A|, |B|): a teaser holds only
// the opening paragraphs of the full article, so Jaccard (which divides by the union) stays low for it while
// containment is high. Jaccard is reported alongside for display.

import { removeDebris } from "./debris";

/** Words per shingle: long enough that shared stock phrases ("the Islamic State in Iraq") rarely make a whole one. */
export const SHINGLE_SIZE = 5;

/**
 * Containment at or above which two texts are the same article. Measured on the five source articles: the
 * Al-Monitor teaser (004) in the full copy (002) scores 0.79; every other pair of the five scores under 0.01,
 * so 0.5 leaves a wide margin on both sides.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** Below this many shingles a text is too short for containment to mean anything (one shared sentence would do). */
export const MIN_SHINGLES = 20;

export type NearDuplicateMatch = { id: string; containment: number; jaccard: number };

/** Lower case, debris removed, typographic quotes and dashes unified, punctuation dropped, whitespace collapsed. */
export function normalizeForComparison(text: string): string {
  // The lookbehind in the pattern for quote marks and hyphens at a word's edge makes a run of them one attempt, not
  // one per mark (without it, "x" + "-" ×N + "x" took time quadratic in N).
  return removeDebris(text)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐-―−]/g, "-")
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/(^|\s)['-]+|(?<!['-])['-]+(?=\s|$)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Word k-shingles of the normalised text. */
export function shingles(text: string, k: number = SHINGLE_SIZE): Set<string> {
  const words = normalizeForComparison(text).split(" ").filter(Boolean);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < k) {
    out.add(words.join(" "));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(" "));
  return out;
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const item of small) if (large.has(item)) n++;
  return n;
}

/** |A ∩ B| / min(|A|, |B|); 0 when either set is empty. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 ? 0 : intersectionSize(a, b) / smaller;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = intersectionSize(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Containment and Jaccard of two texts, on shingles of their normalised, debris-free words. */
export function compareTexts(a: string, b: string): { containment: number; jaccard: number } {
  const sa = shingles(a);
  const sb = shingles(b);
  if (Math.min(sa.size, sb.size) < MIN_SHINGLES) return { containment: 0, jaccard: jaccard(sa, sb) };
  return { containment: containment(sa, sb), jaccard: jaccard(sa, sb) };
}

/** The existing text `newText` duplicates best, if its containment reaches NEAR_DUPLICATE_THRESHOLD. */
export function findNearDuplicate(
  newText: string,
  existing: readonly { id: string; text: string }[],
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicateMatch | null {
  const mine = shingles(newText);
  if (mine.size < MIN_SHINGLES) return null;
  let best: NearDuplicateMatch | null = null;
  for (const other of existing) {
    const theirs = shingles(other.text);
    if (theirs.size < MIN_SHINGLES) continue;
    const score = containment(mine, theirs);
    if (score >= threshold && (!best || score > best.containment)) {
      best = { id: other.id, containment: score, jaccard: jaccard(mine, theirs) };
    }
  }
  return best;
}
