// A forecast CDF from a few percentiles (the 5th, 50th and 95th; optionally the 25th and 75th).
//
// Between the given percentiles the CDF is interpolated in logit space, logit F(x) as a monotone
// cubic (PCHIP) of the scale position x, so it passes exactly through every given percentile and
// never overshoots. Beyond the outermost percentiles:
// - towards an open bound, logit F continues as a straight line (a logistic tail), which decides
//   how much probability falls beyond the bound;
// - towards a closed bound, F falls to exactly 0 (or rises to exactly 1) at the bound as a power
//   of the distance to it, F = q · (x / x₅)^β, with β matching the slope at the outermost
//   percentile, so the curve stays smooth and the given percentiles stay exact.
// The result then goes through fitCdfToLimits, which may blend in a little of the uniform
// distribution to respect the step limits (moving the percentiles slightly).

import { show } from "../validate";
import { discretizeDistribution } from "./build";
import { monotoneInterpolant } from "./pchip";
import { assertRange, toScalePosition, type ContinuousRange } from "./range";

export const PERCENTILE_LEVELS = ["5", "25", "50", "75", "95"] as const;
export type PercentileLevel = (typeof PERCENTILE_LEVELS)[number];
export const REQUIRED_PERCENTILE_LEVELS: readonly PercentileLevel[] = ["5", "50", "95"];

/** Percentile → value in real units (epoch ms for DATE questions); 5, 50 and 95 are required. */
export type Percentiles = Partial<Record<PercentileLevel, number>>;

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Shows a value in a message; DATE callers pass one that prints epoch ms as an ISO date. */
export type ValueFormatter = (value: number) => string;

/**
 * The first problem with `percentiles` that does not depend on the range, as a message naming
 * the field, or null: not an object, an unknown level, a required level missing, a value that is
 * not a finite number, or values not strictly increasing with the level.
 */
export function percentilesShapeProblem(
  percentiles: unknown,
  name = "percentiles",
  format: ValueFormatter = String,
): string | null {
  if (typeof percentiles !== "object" || percentiles === null || Array.isArray(percentiles)) {
    return `${name} must be an object such as { "5": …, "50": …, "95": … }, got ${show(percentiles)}`;
  }
  const record = percentiles as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(PERCENTILE_LEVELS as readonly string[]).includes(key)) {
      return `${name} may only give the ${PERCENTILE_LEVELS.join(", ")} percentiles, got "${key}"`;
    }
  }
  for (const level of REQUIRED_PERCENTILE_LEVELS) {
    if (record[level] === undefined) return `${name}.${level} is required (give at least the 5th, 50th and 95th)`;
  }
  let previous: { level: string; value: number } | null = null;
  for (const level of PERCENTILE_LEVELS) {
    const value = record[level];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value))
      return `${name}.${level} must be a number, got ${show(value)}`;
    if (previous && !(value > previous.value)) {
      return `${name}.${level} must be greater than ${name}.${previous.level} (${format(value)} <= ${format(previous.value)})`;
    }
    previous = { level, value };
  }
  return null;
}

/**
 * The first problem with `percentiles` on `range`, as a message naming the field, or null: any
 * percentilesShapeProblem, a value at or beyond a closed bound, or a value at or below 0 on a
 * log scale.
 */
export function percentilesProblem(
  percentiles: unknown,
  range: ContinuousRange,
  name = "percentiles",
  format: ValueFormatter = String,
): string | null {
  const shape = percentilesShapeProblem(percentiles, name, format);
  if (shape) return shape;
  const record = percentiles as Record<string, number>;
  for (const level of PERCENTILE_LEVELS) {
    const value = record[level];
    if (value === undefined) continue;
    if (range.scale === "log" && !(value > 0)) return `${name}.${level} must be above 0 on a log scale, got ${value}`;
    if (!range.openLower && !(value > range.min)) {
      return `${name}.${level} must be above range.min (${format(range.min)}): the lower bound is closed, so every percentile lies above it`;
    }
    if (!range.openUpper && !(value < range.max)) {
      return `${name}.${level} must be below range.max (${format(range.max)}): the upper bound is closed, so every percentile lies below it`;
    }
  }
  return null;
}

/**
 * The distribution function over scale space implied by the percentiles (see the file comment);
 * exported for charts that want the smooth curve rather than the 201-point grid.
 */
export function percentileDistribution(percentiles: Percentiles, range: ContinuousRange): (x: number) => number {
  const problem = percentilesProblem(percentiles, range);
  if (problem) throw new RangeError(problem);
  const xs: number[] = [];
  const qs: number[] = [];
  for (const level of PERCENTILE_LEVELS) {
    const value = percentiles[level];
    if (value === undefined) continue;
    xs.push(toScalePosition(range, value));
    qs.push(Number(level) / 100);
  }
  const curve = monotoneInterpolant(
    xs,
    qs.map((q) => logit(q)),
  );
  const firstX = xs[0] as number;
  const lastX = xs[xs.length - 1] as number;
  const firstQ = qs[0] as number;
  const lastQ = qs[qs.length - 1] as number;
  // dF/dx = F(1 − F) · d(logit F)/dx at the outermost percentiles, matched by the power tails.
  const lowerPower = firstX * (1 - firstQ) * curve.slope(firstX);
  const upperPower = (1 - lastX) * lastQ * curve.slope(lastX);
  return (x: number) => {
    if (x < firstX && !range.openLower) return x <= 0 ? 0 : firstQ * Math.pow(x / firstX, lowerPower);
    if (x > lastX && !range.openUpper)
      return x >= 1 ? 1 : 1 - (1 - lastQ) * Math.pow((1 - x) / (1 - lastX), upperPower);
    return sigmoid(curve(x));
  };
}

/** A forecast CDF (201 points, within the step limits) through the given percentiles. */
export function cdfFromPercentiles(percentiles: Percentiles, range: ContinuousRange): number[] {
  assertRange("range", range);
  return discretizeDistribution(percentileDistribution(percentiles, range), range);
}
