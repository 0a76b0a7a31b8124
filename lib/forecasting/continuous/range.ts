// The range of a numeric or date question and the map between real values and "scale space":
// the position x in [0, 1] along the range, linear in the value or in its logarithm. Every CDF
// is stored on an even grid in scale space, so a log-scale question gets finer resolution where
// its values are small.

import { assertFinite, show } from "../validate";

export type ContinuousScale = "linear" | "log";

/**
 * A question's range. DATE questions use epoch milliseconds at this layer. An open bound lets
 * probability fall beyond it; a closed bound does not.
 */
export interface ContinuousRange {
  readonly min: number;
  readonly max: number;
  readonly openLower: boolean;
  readonly openUpper: boolean;
  readonly scale: ContinuousScale;
}

/** A CDF is stored as this many values: positions 0, 1/200, …, 1 in scale space. */
export const CDF_POINT_COUNT = 201;
/** Steps between consecutive CDF points (buckets inside the range). */
export const CDF_STEP_COUNT = CDF_POINT_COUNT - 1;

/** Throws a RangeError naming `name` unless `range` is a usable range. */
export function assertRange(name: string, range: unknown): asserts range is ContinuousRange {
  if (typeof range !== "object" || range === null) {
    throw new RangeError(`${name} must be an object { min, max, openLower, openUpper, scale }, got ${show(range)}`);
  }
  const { min, max, openLower, openUpper, scale } = range as Record<string, unknown>;
  assertFinite(`${name}.min`, min);
  assertFinite(`${name}.max`, max);
  if (!(max > min)) throw new RangeError(`${name}.max must be greater than ${name}.min, got ${max} <= ${min}`);
  if (typeof openLower !== "boolean") throw new RangeError(`${name}.openLower must be true or false`);
  if (typeof openUpper !== "boolean") throw new RangeError(`${name}.openUpper must be true or false`);
  if (scale !== "linear" && scale !== "log") {
    throw new RangeError(`${name}.scale must be "linear" or "log", got ${show(scale)}`);
  }
  if (scale === "log" && !(min > 0)) throw new RangeError(`${name}.min must be above 0 on a log scale, got ${min}`);
}

/** Position of `value` in scale space: 0 at min, 1 at max, beyond [0, 1] outside the range. */
export function toScalePosition(range: ContinuousRange, value: number): number {
  if (range.scale === "linear") return (value - range.min) / (range.max - range.min);
  if (!(value > 0)) throw new RangeError(`value must be above 0 on a log scale, got ${show(value)}`);
  return Math.log(value / range.min) / Math.log(range.max / range.min);
}

/** The real value at scale-space position `x` (the inverse of toScalePosition). */
export function fromScalePosition(range: ContinuousRange, x: number): number {
  if (x === 0) return range.min;
  if (x === 1) return range.max;
  if (range.scale === "linear") return range.min + x * (range.max - range.min);
  return range.min * Math.pow(range.max / range.min, x);
}

/**
 * dx/dv at `value`: how many units of scale space one real unit is worth there. Multiplying a
 * scale-space density by it gives the density per real unit.
 */
export function scalePerUnit(range: ContinuousRange, value: number): number {
  if (range.scale === "linear") return 1 / (range.max - range.min);
  return 1 / (value * Math.log(range.max / range.min));
}

/** The 201 real values the CDF points sit at (min and max exact). */
export function gridValues(range: ContinuousRange): number[] {
  const values: number[] = [];
  for (let i = 0; i < CDF_POINT_COUNT; i++) values.push(fromScalePosition(range, i / CDF_STEP_COUNT));
  return values;
}

/** Number of bounds that are open (0, 1 or 2). */
export function openBoundCount(range: ContinuousRange): number {
  return (range.openLower ? 1 : 0) + (range.openUpper ? 1 : 0);
}
