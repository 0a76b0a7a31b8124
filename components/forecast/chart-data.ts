// The history chart's props as short number arrays: they travel inside the page's HTML (the
// client chart's serialized props), so their size, not the history's length, is what a view
// costs. Probabilities are kept to a hundredth of a percent, more than the chart can show.

/** [t, ...probabilities] */
export type CompactPoint = number[];

export type CompactChart = {
  /** What each probability of a point is: ["Yes"] for yes/no, the option labels otherwise. */
  labels: string[];
  domain: [number, number];
  methodLabel: string;
  mine: CompactPoint[];
  /** [t, forecasters, ...probabilities] */
  crowd: number[][];
  /** [name, t, P(first label)]: others' latest forecasts. */
  others: [string, number, number][];
  /** [t drawn, published at, implied probability, author, quote]; t is clamped to the axis start. */
  sources: [number, number, number, string, string][];
  /** [t, "Resolved …"] */
  resolution: [number, string] | null;
};

export function compactProbability(p: number): number {
  return Math.round(p * 10_000) / 10_000;
}

export function compactPoint(t: number, probs: readonly number[], n?: number): number[] {
  return [t, ...(n === undefined ? [] : [n]), ...probs.map(compactProbability)];
}

/**
 * At most `limit` items spread evenly over the list, first and last kept: a summary of a long
 * series for the chart's text alternative.
 */
export function spread<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  if (limit <= 1) return items.slice(-1);
  const step = (items.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => items[Math.round(i * step)]!);
}
