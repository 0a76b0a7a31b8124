// Cell values as people type them in exports and spreadsheets: probabilities as 0–1, percentages
// or decimal commas; dates as ISO timestamps or calendar days; outcomes in any case.

/** A probability from "0.35", "0,35", "35%" or "35" (read as percent when over 1); null if not a number in 0–100%. */
export function parseProbability(raw: string): number | null {
  const text = raw.trim().replace(/\s+/g, "");
  if (text === "") return null;
  const percent = text.endsWith("%");
  const number = Number((percent ? text.slice(0, -1) : text).replace(",", "."));
  if (!Number.isFinite(number) || number < 0) return null;
  const value = percent || number > 1 ? number / 100 : number;
  return value <= 1 ? value : null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A date from "2024-03-01" (midnight UTC) or an ISO timestamp (UTC unless it names a zone); null otherwise. */
export function parseDate(raw: string): Date | null {
  const text = raw.trim();
  const day = ISO_DAY.exec(text);
  if (day) {
    const date = new Date(`${text}T00:00:00.000Z`);
    return date.toISOString().slice(0, 10) === text ? date : null;
  }
  if (!ISO_STAMP.test(text)) return null;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
  const date = new Date(zoned.replace(" ", "T"));
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? date : null;
}

export const DATE_HELP = "a date as YYYY-MM-DD or an ISO timestamp (2024-03-01T14:30:00Z)";

/** The stored range of a probability: the app's forecasts lie in 0.1%–99.9%. */
export const MIN_PROBABILITY = 0.001;
export const MAX_PROBABILITY = 0.999;

export const clampProbability = (p: number) => Math.min(MAX_PROBABILITY, Math.max(MIN_PROBABILITY, p));

/**
 * A distribution within the stored range that sums to 1: every option at least 0.1%, the rest
 * scaled to fill what remains.
 */
export function normaliseDistribution(values: readonly number[]): number[] {
  // What a person entered stays exactly as entered when it already fits.
  const fits = values.every((p) => p >= MIN_PROBABILITY && p <= MAX_PROBABILITY);
  if (fits && Math.abs(sumOf(values) - 1) <= 0.0001) return [...values];
  let probs = values.map((p) => Math.max(0, p));
  for (let round = 0; round < 5; round += 1) {
    const floored = probs.map((p) => p < MIN_PROBABILITY);
    const fixed = floored.filter(Boolean).length * MIN_PROBABILITY;
    const free = probs.reduce((sum, p, i) => sum + (floored[i] ? 0 : p), 0);
    probs = probs.map((p, i) => (floored[i] ? MIN_PROBABILITY : free > 0 ? (p / free) * (1 - fixed) : 0));
    if (probs.every((p) => p >= MIN_PROBABILITY - 1e-12)) break;
  }
  return probs;
}

export const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
