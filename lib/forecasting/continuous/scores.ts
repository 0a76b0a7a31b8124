// Scores of a CDF forecast against a resolved value: the log score, Metaculus's baseline score
// and the CRPS. All take any well-shaped CDF (201 non-decreasing values in [0, 1]), so they also
// score aggregates and test distributions that a forecaster could not enter.

import { assertFinite } from "../validate";
import { MIN_CDF_STEP, MIN_OPEN_BOUND_MASS, assertCdfShape } from "./cdf-validate";
import { bucketDensity, bucketOf, type Cdf } from "./read";
import {
  CDF_STEP_COUNT,
  assertRange,
  fromScalePosition,
  openBoundCount,
  scalePerUnit,
  toScalePosition,
  type ContinuousRange,
} from "./range";

/**
 * Densities (per unit of scale space) and outside probabilities are floored at what the step
 * and open-bound limits guarantee for any valid forecast (0.01 and 0.001), like the binary
 * scores' clamping into [0.001, 0.999]: valid forecasts are unaffected, and aggregates or
 * hand-made CDFs get a large but finite penalty instead of −∞.
 */
export const MIN_SCALE_DENSITY = MIN_CDF_STEP * CDF_STEP_COUNT;

/** Metaculus gives the uniform-baseline forecast this probability beyond each open bound. */
export const BASELINE_OUTSIDE_MASS = 0.05;

export type OutcomeRegion = "below" | "inside" | "above";

/** Where `outcome` falls; throws when it lies beyond a closed bound (such a resolution is refused). */
export function outcomeRegion(range: ContinuousRange, outcome: number): OutcomeRegion {
  assertRange("range", range);
  assertFinite("outcome", outcome);
  if (outcome < range.min) {
    if (!range.openLower) throw new RangeError(`outcome ${outcome} is below range.min ${range.min}, a closed bound`);
    return "below";
  }
  if (outcome > range.max) {
    if (!range.openUpper) throw new RangeError(`outcome ${outcome} is above range.max ${range.max}, a closed bound`);
    return "above";
  }
  return "inside";
}

function scaleDensityAt(cdf: Cdf, range: ContinuousRange, outcome: number): number {
  return Math.max(MIN_SCALE_DENSITY, bucketDensity(cdf, bucketOf(toScalePosition(range, outcome))));
}

function outsideProbability(cdf: Cdf, region: "below" | "above"): number {
  const mass = region === "below" ? (cdf[0] as number) : 1 - (cdf[CDF_STEP_COUNT] as number);
  return Math.max(MIN_OPEN_BOUND_MASS, mass);
}

/**
 * ln of the density per real unit at the outcome (≤ or ≥ 0: it depends on the unit, so compare
 * it only within one question). An outcome beyond an open bound scores ln of the probability
 * the forecast put beyond that bound, as Metaculus treats the region beyond a bound as one more
 * bucket. This is proper: the expected score is maximised by the true density inside and the
 * true probability beyond each bound.
 */
export function continuousLogScore(cdf: Cdf, range: ContinuousRange, outcome: number): number {
  assertCdfShape(cdf);
  const region = outcomeRegion(range, outcome);
  if (region !== "inside") return Math.log(outsideProbability(cdf, region));
  return Math.log(scaleDensityAt(cdf, range, outcome) * scalePerUnit(range, outcome));
}

/**
 * Metaculus's continuous baseline score: 100 · ln(p / p₀) / 2, where p is the forecast's
 * probability for the 1/200-of-the-range bucket the outcome fell in (or beyond the bound) and p₀
 * the baseline's, which puts 5% beyond each open bound and spreads the rest evenly over the
 * range. In density terms, inside the range: 50 · ln(density / (1 − 0.05 · open bounds)), the
 * density per unit of scale space; beyond a bound: 50 · ln(probability beyond / 0.05). The
 * baseline forecast scores 0; the maximum inside the range (the steepest allowed step) is
 * 50 · ln(118 / (1 − 0.05k)) ≈ 238.5 for closed bounds.
 */
export function continuousBaselineScore(cdf: Cdf, range: ContinuousRange, outcome: number): number {
  assertCdfShape(cdf);
  const region = outcomeRegion(range, outcome);
  if (region !== "inside") return 50 * Math.log(outsideProbability(cdf, region) / BASELINE_OUTSIDE_MASS);
  const baselineDensity = 1 - BASELINE_OUTSIDE_MASS * openBoundCount(range);
  return 50 * Math.log(scaleDensityAt(cdf, range, outcome) / baselineDensity);
}

/** The uniform baseline forecast itself (5% beyond each open bound), which scores 0 everywhere. */
export function baselineCdf(range: ContinuousRange): number[] {
  assertRange("range", range);
  const below = range.openLower ? BASELINE_OUTSIDE_MASS : 0;
  const inside = 1 - BASELINE_OUTSIDE_MASS * openBoundCount(range);
  const cdf: number[] = [];
  for (let i = 0; i <= CDF_STEP_COUNT; i++) cdf.push(below + (inside * i) / CDF_STEP_COUNT);
  cdf[0] = below;
  cdf[CDF_STEP_COUNT] = range.openUpper ? 1 - BASELINE_OUTSIDE_MASS : 1;
  return cdf;
}

// ∫ g² over an interval of length `length` where g runs linearly from g0 to g1.
function squaredLinearIntegral(g0: number, g1: number, length: number): number {
  return (length * (g0 * g0 + g0 * g1 + g1 * g1)) / 3;
}

// ∫ g(v)² dv for g(v) = g0 + b · ln(v / v0) on [v0, v1]: the antiderivative of (α + b ln v)² is
// v · (g² − 2bg + 2b²).
function squaredLogLinearIntegral(g0: number, b: number, v0: number, v1: number): number {
  const g1 = g0 + b * Math.log(v1 / v0);
  const at = (v: number, g: number) => v * (g * g - 2 * b * g + 2 * b * b);
  return at(v1, g1) - at(v0, g0);
}

/**
 * ∫ (F(v) − 1{v ≥ y})² over the range, piece by piece and exactly for the stored CDF (linear in
 * scale space between grid points). `inScaleSpace` integrates over x ∈ [0, 1] instead of v.
 */
function censoredCrps(cdf: Cdf, range: ContinuousRange, outcome: number, inScaleSpace: boolean): number {
  // The outcome beyond an open bound is censored to the bound, where the forecast's outside
  // probability also sits (see the README for why).
  const y = Math.min(range.max, Math.max(range.min, outcome));
  const yx = y === range.min ? 0 : y === range.max ? 1 : toScalePosition(range, y);
  const logScale = range.scale === "log" && !inScaleSpace;
  const logWidth = Math.log(range.max / range.min);
  let total = 0;
  const piece = (k: number, x0: number, x1: number, indicator: number) => {
    if (!(x1 > x0)) return;
    const c0 = cdf[k] as number;
    const slope = ((cdf[k + 1] as number) - c0) * CDF_STEP_COUNT;
    const g0 = c0 + slope * (x0 - k / CDF_STEP_COUNT) - indicator;
    const g1 = c0 + slope * (x1 - k / CDF_STEP_COUNT) - indicator;
    if (inScaleSpace) total += squaredLinearIntegral(g0, g1, x1 - x0);
    else if (!logScale) total += squaredLinearIntegral(g0, g1, (x1 - x0) * (range.max - range.min));
    else
      total += squaredLogLinearIntegral(
        g0,
        slope / logWidth,
        fromScalePosition(range, x0),
        fromScalePosition(range, x1),
      );
  };
  for (let k = 0; k < CDF_STEP_COUNT; k++) {
    const x0 = k / CDF_STEP_COUNT;
    const x1 = (k + 1) / CDF_STEP_COUNT;
    if (yx >= x1) piece(k, x0, x1, 0);
    else if (yx <= x0) piece(k, x0, x1, 1);
    else {
      piece(k, x0, yx, 0);
      piece(k, yx, x1, 1);
    }
  }
  return total;
}

/**
 * Continuous ranked probability score in real units (lower is better, 0 is perfect):
 * ∫ (F(v) − 1{v ≥ y})² dv. The probability beyond an open bound is treated as sitting at the
 * bound and an outcome beyond it as the bound itself (the CRPS of the outcome censored to the
 * range, as in scoringRules' crps_unif with lmass/umass); the tails beyond the range therefore
 * add nothing. Still proper for the censored outcome. For a DATE question the unit is ms.
 */
export function continuousCrps(cdf: Cdf, range: ContinuousRange, outcome: number): number {
  assertCdfShape(cdf);
  outcomeRegion(range, outcome);
  return Math.max(0, censoredCrps(cdf, range, outcome, false));
}

/**
 * The same integral over scale space, x ∈ [0, 1]: dimensionless and in [0, 1], so it compares
 * across questions; on a linear scale it equals continuousCrps / (max − min).
 */
export function scaledCrps(cdf: Cdf, range: ContinuousRange, outcome: number): number {
  assertCdfShape(cdf);
  outcomeRegion(range, outcome);
  return Math.max(0, censoredCrps(cdf, range, outcome, true));
}
