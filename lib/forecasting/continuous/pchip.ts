// Monotone piecewise-cubic Hermite interpolation (Fritsch & Carlson 1980, with the weighted
// harmonic-mean slopes of Fritsch & Butland 1984, as in SciPy's PchipInterpolator). Through
// increasing data it never overshoots, so an interpolated CDF never decreases.

export interface MonotoneInterpolant {
  (x: number): number;
  /** The derivative at x (the end secants beyond the knots). */
  slope(x: number): number;
}

/**
 * Interpolates strictly increasing `xs` against non-decreasing `ys` (at least 2 knots). Beyond
 * the end knots it continues as a straight line with the end segment's secant slope; the end
 * knots use that same slope, so the curve is C¹ everywhere and stays within the monotone region
 * (every knot slope lies in [0, 3·secant], the Fritsch–Carlson sufficient condition).
 */
export function monotoneInterpolant(xs: readonly number[], ys: readonly number[]): MonotoneInterpolant {
  const n = xs.length;
  if (n < 2 || ys.length !== n) throw new RangeError("monotoneInterpolant needs at least 2 knots and equal lengths");
  const h: number[] = [];
  const delta: number[] = [];
  for (let k = 0; k < n - 1; k++) {
    const width = (xs[k + 1] as number) - (xs[k] as number);
    if (!(width > 0)) throw new RangeError("monotoneInterpolant needs strictly increasing xs");
    h.push(width);
    delta.push(((ys[k + 1] as number) - (ys[k] as number)) / width);
  }
  const m: number[] = new Array<number>(n).fill(0);
  m[0] = delta[0] as number;
  m[n - 1] = delta[n - 2] as number;
  for (let k = 1; k < n - 1; k++) {
    const d0 = delta[k - 1] as number;
    const d1 = delta[k] as number;
    if (d0 <= 0 || d1 <= 0) continue;
    const w1 = 2 * (h[k] as number) + (h[k - 1] as number);
    const w2 = (h[k] as number) + 2 * (h[k - 1] as number);
    m[k] = (w1 + w2) / (w1 / d0 + w2 / d1);
  }
  const segmentOf = (x: number): number => {
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] as number) <= x) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  const first = xs[0] as number;
  const last = xs[n - 1] as number;
  const value = (x: number): number => {
    if (x <= first) return (ys[0] as number) + (m[0] as number) * (x - first);
    if (x >= last) return (ys[n - 1] as number) + (m[n - 1] as number) * (x - last);
    const k = segmentOf(x);
    const width = h[k] as number;
    const t = (x - (xs[k] as number)) / width;
    const t2 = t * t;
    const t3 = t2 * t;
    return (
      (2 * t3 - 3 * t2 + 1) * (ys[k] as number) +
      (t3 - 2 * t2 + t) * width * (m[k] as number) +
      (-2 * t3 + 3 * t2) * (ys[k + 1] as number) +
      (t3 - t2) * width * (m[k + 1] as number)
    );
  };
  const slope = (x: number): number => {
    if (x <= first) return m[0] as number;
    if (x >= last) return m[n - 1] as number;
    const k = segmentOf(x);
    const width = h[k] as number;
    const t = (x - (xs[k] as number)) / width;
    const t2 = t * t;
    return (
      ((6 * t2 - 6 * t) * (ys[k] as number)) / width +
      (3 * t2 - 4 * t + 1) * (m[k] as number) +
      ((-6 * t2 + 6 * t) * (ys[k + 1] as number)) / width +
      (3 * t2 - 2 * t) * (m[k + 1] as number)
    );
  };
  return Object.assign(value, { slope });
}
