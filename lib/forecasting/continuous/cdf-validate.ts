// What makes a list of numbers an acceptable CDF forecast, with one named problem per failure
// so an API can answer 400 with a sentence a person can act on.

import { show } from "../validate";
import { CDF_POINT_COUNT, CDF_STEP_COUNT, type ContinuousRange } from "./range";

/**
 * Smallest allowed increase between consecutive CDF points: 1% of the probability spread evenly
 * over the 200 steps (Metaculus's forecast validation uses the same 0.01 / 200). It keeps the
 * density above zero everywhere inside the range, so the log score of any outcome is finite and
 * no forecaster can be infinitely wrong.
 */
export const MIN_CDF_STEP = 0.01 / CDF_STEP_COUNT;

/**
 * Largest allowed increase between consecutive CDF points: 0.59 of the probability within
 * 1/200 of the range (Metaculus's forecast validation uses 0.59, derived from its sliders). It
 * caps the density at 118 times uniform, so a near-point forecast cannot buy an unbounded log
 * score: the baseline score of an in-range outcome is at most 50 · ln(118) ≈ 238.
 */
export const MAX_CDF_STEP = 0.59;

/**
 * Smallest probability beyond an open bound (Metaculus: cdf[0] ≥ 0.001 and cdf[200] ≤ 0.999 for
 * open bounds). An open bound says the outcome may lie beyond it, so the forecast must give
 * that some probability, like the 0.1% floor of binary forecasts.
 */
export const MIN_OPEN_BOUND_MASS = 0.001;

/** Rounding slack for the step limits (Metaculus rounds to 10 decimals before checking). */
export const CDF_TOLERANCE = 1e-10;

export type CdfProblemCode =
  | "not_array"
  | "wrong_length"
  | "not_number"
  | "outside_unit_interval"
  | "decreasing"
  | "step_too_small"
  | "step_too_large"
  | "closed_lower_mass"
  | "closed_upper_mass"
  | "open_lower_mass"
  | "open_upper_mass";

export interface CdfProblem {
  readonly code: CdfProblemCode;
  /** The offending point, when one point is at fault. */
  readonly index?: number;
  /** A sentence naming the field and the rule, ready for an API error. */
  readonly message: string;
}

function problem(code: CdfProblemCode, message: string, index?: number): CdfProblem {
  return index === undefined ? { code, message } : { code, index, message };
}

/**
 * The first structural problem: not an array of 201 finite numbers in [0, 1] that never
 * decrease. This is all the scores and readers need; forecasts also need forecastCdfProblem.
 */
export function cdfShapeProblem(cdf: unknown, name = "cdf"): CdfProblem | null {
  if (!Array.isArray(cdf) && !(cdf instanceof Float64Array)) {
    return problem("not_array", `${name} must be a list of ${CDF_POINT_COUNT} numbers, got ${show(cdf)}`);
  }
  if (cdf.length !== CDF_POINT_COUNT) {
    return problem("wrong_length", `${name} must have ${CDF_POINT_COUNT} points, got ${cdf.length}`);
  }
  for (let i = 0; i < CDF_POINT_COUNT; i++) {
    const value: unknown = cdf[i];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      return problem("not_number", `${name}[${i}] must be a number, got ${show(value)}`, i);
    }
    if (value < 0 || value > 1) {
      return problem("outside_unit_interval", `${name}[${i}] must be between 0 and 1, got ${value}`, i);
    }
    if (i > 0 && value < (cdf[i - 1] as number)) {
      return problem(
        "decreasing",
        `${name}[${i}] is below ${name}[${i - 1}] (${value} < ${cdf[i - 1]}): a CDF never decreases`,
        i,
      );
    }
  }
  return null;
}

/**
 * The first problem that makes `cdf` unacceptable as a forecast on `range`, or null. Checks the
 * shape, then the bounds (closed: no mass beyond; open: at least MIN_OPEN_BOUND_MASS beyond),
 * then the step limits.
 */
export function forecastCdfProblem(cdf: unknown, range: ContinuousRange, name = "cdf"): CdfProblem | null {
  const shape = cdfShapeProblem(cdf, name);
  if (shape) return shape;
  const values = cdf as ArrayLike<number>;
  const first = values[0] as number;
  const last = values[CDF_STEP_COUNT] as number;
  const lastName = `${name}[${CDF_STEP_COUNT}]`;
  if (!range.openLower && first !== 0) {
    return problem(
      "closed_lower_mass",
      `${name}[0] must be 0: the lower bound is closed, so no probability lies below it (got ${first})`,
      0,
    );
  }
  if (!range.openUpper && last !== 1) {
    return problem(
      "closed_upper_mass",
      `${lastName} must be 1: the upper bound is closed, so no probability lies above it (got ${last})`,
      CDF_STEP_COUNT,
    );
  }
  if (range.openLower && first < MIN_OPEN_BOUND_MASS - CDF_TOLERANCE) {
    return problem(
      "open_lower_mass",
      `${name}[0] must be at least ${MIN_OPEN_BOUND_MASS}: the lower bound is open, so some probability lies below it (got ${first})`,
      0,
    );
  }
  if (range.openUpper && 1 - last < MIN_OPEN_BOUND_MASS - CDF_TOLERANCE) {
    return problem(
      "open_upper_mass",
      `${lastName} must be at most ${1 - MIN_OPEN_BOUND_MASS}: the upper bound is open, so some probability lies above it (got ${last})`,
      CDF_STEP_COUNT,
    );
  }
  for (let i = 1; i < CDF_POINT_COUNT; i++) {
    const step = (values[i] as number) - (values[i - 1] as number);
    if (step < MIN_CDF_STEP - CDF_TOLERANCE) {
      return problem(
        "step_too_small",
        `${name}[${i}] must exceed ${name}[${i - 1}] by at least ${MIN_CDF_STEP} (got ${step.toPrecision(3)}): every part of the range needs some probability`,
        i,
      );
    }
    if (step > MAX_CDF_STEP + CDF_TOLERANCE) {
      return problem(
        "step_too_large",
        `${name}[${i}] must exceed ${name}[${i - 1}] by at most ${MAX_CDF_STEP} (got ${step.toPrecision(3)}): the forecast is too concentrated`,
        i,
      );
    }
  }
  return null;
}

/** Throws a RangeError with the shape problem's message, if any. */
export function assertCdfShape(cdf: unknown, name = "cdf"): asserts cdf is readonly number[] {
  const found = cdfShapeProblem(cdf, name);
  if (found) throw new RangeError(found.message);
}

/** Throws a RangeError with the forecast problem's message, if any. */
export function assertForecastCdf(
  cdf: unknown,
  range: ContinuousRange,
  name = "cdf",
): asserts cdf is readonly number[] {
  const found = forecastCdfProblem(cdf, range, name);
  if (found) throw new RangeError(found.message);
}
