// Reading a stored CDF: probabilities, densities and quantiles. Between grid points the CDF is
// linear in scale space, so the density is constant within each of the 200 buckets.
//
// Beyond an open bound a forecast says only how much probability lies there, not where. The
// readers treat that probability as sitting at the bound (the outcome "censored" at the range),
// which is also how the CRPS and PIT here treat it.

import { assertFinite, assertProbability } from "../validate";
import { assertCdfShape } from "./cdf-validate";
import {
  CDF_STEP_COUNT,
  assertRange,
  fromScalePosition,
  scalePerUnit,
  toScalePosition,
  type ContinuousRange,
} from "./range";

export type Cdf = readonly number[];

/** The bucket (0…199) holding scale position x in [0, 1]; a grid point belongs to the bucket on its right. */
export function bucketOf(x: number): number {
  const k = Math.floor(x * CDF_STEP_COUNT);
  return k < 0 ? 0 : k > CDF_STEP_COUNT - 1 ? CDF_STEP_COUNT - 1 : k;
}

/** F at scale position x in [0, 1], interpolating linearly between grid points. */
export function cdfAtPosition(cdf: Cdf, x: number): number {
  if (x <= 0) return cdf[0] as number;
  if (x >= 1) return cdf[CDF_STEP_COUNT] as number;
  const k = bucketOf(x);
  const lo = cdf[k] as number;
  return lo + ((cdf[k + 1] as number) - lo) * (x * CDF_STEP_COUNT - k);
}

/** Density per unit of scale space in bucket k: 200 · (cdf[k + 1] − cdf[k]); 1 for a uniform forecast. */
export function bucketDensity(cdf: Cdf, k: number): number {
  return ((cdf[k + 1] as number) - (cdf[k] as number)) * CDF_STEP_COUNT;
}

/** Probability that the outcome is at most `value`, with the mass beyond open bounds at the bounds. */
export function cdfAt(cdf: Cdf, range: ContinuousRange, value: number): number {
  assertCdfShape(cdf);
  assertRange("range", range);
  assertFinite("value", value);
  if (value < range.min) return 0;
  if (value >= range.max) return 1;
  return cdfAtPosition(cdf, toScalePosition(range, value));
}

/**
 * Probability that the outcome lies in [a, b]. The probability beyond an open bound counts when
 * the interval reaches that bound (a ≤ min, or b ≥ max): the forecast does not say where
 * beyond the bound it lies, so it is treated as sitting at the bound.
 */
export function probabilityBetween(cdf: Cdf, range: ContinuousRange, a: number, b: number): number {
  assertCdfShape(cdf);
  assertRange("range", range);
  assertFinite("a", a);
  assertFinite("b", b);
  if (b < a) throw new RangeError(`b must be at least a, got a = ${a}, b = ${b}`);
  if (b < range.min || a > range.max) return 0;
  const lower = a <= range.min ? 0 : cdfAtPosition(cdf, toScalePosition(range, a));
  const upper = b >= range.max ? 1 : cdfAtPosition(cdf, toScalePosition(range, b));
  return Math.max(0, upper - lower);
}

/**
 * Density per real unit at `value` inside the range (for a DATE question: per millisecond).
 * On a log scale a bucket's constant scale-space density becomes density / (v · ln(max/min)).
 * Outside the range the density is 0; see outsideMass for the probability there.
 */
export function pdfAt(cdf: Cdf, range: ContinuousRange, value: number): number {
  assertCdfShape(cdf);
  assertRange("range", range);
  assertFinite("value", value);
  if (value < range.min || value > range.max) return 0;
  return bucketDensity(cdf, bucketOf(toScalePosition(range, value))) * scalePerUnit(range, value);
}

/** Probability below the range (`cdf[0]`) and above it (`1 − cdf[200]`). */
export function outsideMass(cdf: Cdf): { below: number; above: number } {
  return { below: cdf[0] as number, above: 1 - (cdf[CDF_STEP_COUNT] as number) };
}

export interface PdfPoint {
  /** The bucket's midpoint in real units. */
  value: number;
  /** Density per real unit at that midpoint. */
  density: number;
  /** Density per unit of scale space (1 = uniform over the range): what a chart on the question's own axis draws. */
  scaleDensity: number;
}

/** One point per bucket, for drawing the PDF. */
export function pdfPoints(cdf: Cdf, range: ContinuousRange): PdfPoint[] {
  assertCdfShape(cdf);
  assertRange("range", range);
  const points: PdfPoint[] = [];
  for (let k = 0; k < CDF_STEP_COUNT; k++) {
    const value = fromScalePosition(range, (k + 0.5) / CDF_STEP_COUNT);
    const scaleDensity = bucketDensity(cdf, k);
    points.push({ value, density: scaleDensity * scalePerUnit(range, value), scaleDensity });
  }
  return points;
}

/** Scale position of the p-quantile; 0 when p ≤ cdf[0], 1 when p ≥ cdf[200]. */
export function quantilePosition(cdf: Cdf, p: number): number {
  if (p <= (cdf[0] as number)) return 0;
  if (p >= (cdf[CDF_STEP_COUNT] as number)) return 1;
  // Binary search for the first grid point at or above p.
  let lo = 0;
  let hi = CDF_STEP_COUNT;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] as number) < p) lo = mid;
    else hi = mid;
  }
  const a = cdf[lo] as number;
  const b = cdf[hi] as number;
  const within = b > a ? (p - a) / (b - a) : 0;
  return (lo + within) / CDF_STEP_COUNT;
}

/**
 * The value below which the forecast puts probability p. A quantile that falls beyond an open
 * bound is reported as the bound itself (the forecast does not locate it further).
 */
export function quantile(cdf: Cdf, range: ContinuousRange, p: number): number {
  assertCdfShape(cdf);
  assertRange("range", range);
  assertProbability("p", p);
  return fromScalePosition(range, quantilePosition(cdf, p));
}
