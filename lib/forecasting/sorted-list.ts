// Binary-search helpers for plain number arrays kept in ascending order. Splicing is O(k) but
// a memmove, far cheaper than re-sorting k values at every change point.

/** First index whose value is ≥ x. */
export function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x. */
export function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function insertSorted(sorted: number[], x: number): void {
  sorted.splice(upperBound(sorted, x), 0, x);
}

/** Removes one element equal to x; equal values are interchangeable, so any one will do. */
export function removeSorted(sorted: number[], x: number): void {
  const i = lowerBound(sorted, x);
  if (i < sorted.length && sorted[i] === x) sorted.splice(i, 1);
}

/** Median of an ascending array; mean of the two middle values for even length. */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  const mid = n >> 1;
  const upper = sorted[mid] as number;
  return n % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}
