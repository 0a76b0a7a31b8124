// A source's fingerprint: the 32-bit FNV-1a hashes of its word shingles (the extractor's
// normalisation, debris removed). Near-duplicates are measured on fingerprints, so a pasted
// article can be matched against seeded ones whose text the workbench does not keep.
import { containment, jaccard, MIN_SHINGLES, NEAR_DUPLICATE_THRESHOLD, shingles } from "../extraction";

function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function fingerprintOf(text: string): string {
  return [...new Set([...shingles(text)].map(fnv1a32))].sort().join(" ");
}

const setOf = (fingerprint: string) => new Set(fingerprint.split(" ").filter(Boolean));

export type DuplicateMatch = { id: string; containment: number; jaccard: number };

/** The existing source the new fingerprint duplicates best (containment ≥ the threshold), if any. */
export function bestDuplicate(
  fingerprint: string,
  existing: readonly { id: string; fingerprint: string | null }[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): DuplicateMatch | null {
  const mine = setOf(fingerprint);
  if (mine.size < MIN_SHINGLES) return null;
  let best: DuplicateMatch | null = null;
  for (const other of existing) {
    if (!other.fingerprint) continue;
    const theirs = setOf(other.fingerprint);
    if (theirs.size < MIN_SHINGLES) continue;
    const score = containment(mine, theirs);
    if (score >= threshold && (!best || score > best.containment)) {
      best = { id: other.id, containment: score, jaccard: jaccard(mine, theirs) };
    }
  }
  return best;
}
