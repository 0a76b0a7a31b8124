// Turning a distribution over scale space into a stored forecast CDF that passes
// forecastCdfProblem: sample it on the grid, settle the probability beyond each bound, then
// blend in just enough of the uniform distribution to respect the step limits.

import { CDF_TOLERANCE, MAX_CDF_STEP, MIN_CDF_STEP, MIN_OPEN_BOUND_MASS, forecastCdfProblem } from "./cdf-validate";
import { CDF_POINT_COUNT, CDF_STEP_COUNT, type ContinuousRange } from "./range";

/** The builders keep at least this much probability inside the range. */
export const MIN_INSIDE_MASS = 0.02;

// Aim a little inside the limits so rounding never lands a built CDF on the wrong side.
const MIN_STEP_TARGET = MIN_CDF_STEP * 1.001;
const MAX_STEP_TARGET = MAX_CDF_STEP * 0.999;

/**
 * A forecast CDF from `shape` (201 non-decreasing values from 0 to 1: how the inside
 * probability spreads over the range) and the probability `below` and `above` the range.
 * Closed bounds get 0 beyond them; open bounds at least MIN_OPEN_BOUND_MASS; if the outside
 * probability leaves less than MIN_INSIDE_MASS inside, what lies above those minimums is scaled
 * down. The shape is then
 * mixed with the uniform one, (1 − ε)·shape + ε·uniform, with the smallest ε that meets the
 * step limits (ε = 0 when the shape already does).
 */
export function fitCdfToLimits(
  shape: readonly number[],
  below: number,
  above: number,
  range: ContinuousRange,
): number[] {
  let lowMass = range.openLower ? Math.max(below, MIN_OPEN_BOUND_MASS) : 0;
  let highMass = range.openUpper ? Math.max(above, MIN_OPEN_BOUND_MASS) : 0;
  const outside = lowMass + highMass;
  if (outside > 1 - MIN_INSIDE_MASS) {
    // Shrink only what lies above each open bound's minimum, so both minimums still hold.
    const floor = (range.openLower ? MIN_OPEN_BOUND_MASS : 0) + (range.openUpper ? MIN_OPEN_BOUND_MASS : 0);
    const factor = (1 - MIN_INSIDE_MASS - floor) / (outside - floor);
    if (range.openLower) lowMass = MIN_OPEN_BOUND_MASS + (lowMass - MIN_OPEN_BOUND_MASS) * factor;
    if (range.openUpper) highMass = MIN_OPEN_BOUND_MASS + (highMass - MIN_OPEN_BOUND_MASS) * factor;
  }
  const inside = 1 - lowMass - highMass;
  let smallest = Infinity;
  let largest = 0;
  for (let i = 1; i < CDF_POINT_COUNT; i++) {
    const step = (shape[i] as number) - (shape[i - 1] as number);
    if (step < smallest) smallest = step;
    if (step > largest) largest = step;
  }
  const uniformStep = 1 / CDF_STEP_COUNT;
  let epsilon = 0;
  const neededMin = MIN_STEP_TARGET / inside;
  if (smallest < neededMin) epsilon = Math.max(epsilon, (neededMin - smallest) / (uniformStep - smallest));
  const allowedMax = MAX_STEP_TARGET / inside;
  if (largest > allowedMax) epsilon = Math.max(epsilon, (largest - allowedMax) / (largest - uniformStep));
  epsilon = Math.min(1, epsilon);
  const cdf: number[] = [];
  for (let i = 0; i < CDF_POINT_COUNT; i++) {
    const mixed = (1 - epsilon) * (shape[i] as number) + epsilon * (i / CDF_STEP_COUNT);
    cdf.push(lowMass + inside * mixed);
  }
  cdf[0] = lowMass;
  cdf[CDF_STEP_COUNT] = 1 - highMass;
  const problem = forecastCdfProblem(cdf, range);
  if (problem) throw new Error(`internal: built CDF failed validation: ${problem.message}`);
  return cdf;
}

/**
 * A forecast CDF from a distribution function over scale space (`distribution(x)` for any real
 * x, non-decreasing from 0 to 1). Open bounds take F(0) below and 1 − F(1) above; closed bounds
 * condition on the range (the inside part is rescaled to hold everything).
 */
export function discretizeDistribution(distribution: (x: number) => number, range: ContinuousRange): number[] {
  const raw: number[] = [];
  for (let i = 0; i < CDF_POINT_COUNT; i++) raw.push(distribution(i / CDF_STEP_COUNT));
  const start = raw[0] as number;
  const end = raw[CDF_STEP_COUNT] as number;
  const span = end - start;
  const shape: number[] = [];
  for (let i = 0; i < CDF_POINT_COUNT; i++) {
    // With (almost) nothing inside the range the shape is unknowable: spread it evenly.
    shape.push(
      span > CDF_TOLERANCE ? Math.min(1, Math.max(0, ((raw[i] as number) - start) / span)) : i / CDF_STEP_COUNT,
    );
  }
  // Rounding can leave tiny decreases in the clamped shape; a running maximum removes them.
  for (let i = 1; i < CDF_POINT_COUNT; i++) {
    if ((shape[i] as number) < (shape[i - 1] as number)) shape[i] = shape[i - 1] as number;
  }
  shape[0] = 0;
  shape[CDF_STEP_COUNT] = 1;
  return fitCdfToLimits(shape, start, 1 - end, range);
}
