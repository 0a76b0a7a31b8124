// Argument checks shared by every exported function. Each throws a RangeError whose message
// starts with the argument's name, so a caller (or an API error mapper) can tell which input
// was wrong without parsing anything else.

/** Probabilities are clamped into this range before any logarithm, so scores stay finite. */
export const P_MIN = 0.001;
export const P_MAX = 0.999;

export function clampProbability(p: number): number {
  return p < P_MIN ? P_MIN : p > P_MAX ? P_MAX : p;
}

export function show(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "undefined";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function assertProbability(name: string, value: unknown): asserts value is number {
  // Written as a negated range test so NaN fails too.
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw new RangeError(`${name} must be a number in [0, 1], got ${show(value)}`);
  }
}

export function assertOutcome(name: string, value: unknown): asserts value is 0 | 1 {
  if (value !== 0 && value !== 1) {
    throw new RangeError(`${name} must be 0 or 1, got ${show(value)}`);
  }
}

export function assertFinite(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${show(value)}`);
  }
}

export function assertPositiveFinite(name: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isFinite(value) || !(value > 0)) {
    throw new RangeError(`${name} must be a finite number greater than 0, got ${show(value)}`);
  }
}

export function assertInteger(
  name: string,
  value: unknown,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `in [${min}, ${max}]`;
    throw new RangeError(`${name} must be an integer ${range}, got ${show(value)}`);
  }
}

export function assertArray(name: string, value: unknown): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new RangeError(`${name} must be an array, got ${show(value)}`);
  }
}

export function assertNonEmptyArray(name: string, value: unknown): asserts value is readonly unknown[] {
  assertArray(name, value);
  if (value.length === 0) throw new RangeError(`${name} must not be empty`);
}

export function assertProbabilities(name: string, ps: unknown): asserts ps is readonly number[] {
  assertNonEmptyArray(name, ps);
  for (let i = 0; i < ps.length; i++) assertProbability(`${name}[${i}]`, ps[i]);
}

/**
 * A probability vector for a multiple-choice question. Only the entries are checked: whether
 * they sum to 1 is the caller's business, because stored forecasts are often rounded.
 */
export function assertProbabilityVector(
  name: string,
  probs: unknown,
  expectedLength?: number,
): asserts probs is readonly number[] {
  assertProbabilities(name, probs);
  if (expectedLength !== undefined && probs.length !== expectedLength) {
    throw new RangeError(`${name} must have ${expectedLength} entries like the first forecast, got ${probs.length}`);
  }
}

export function assertOptionIndex(name: string, index: unknown, optionCount: number): asserts index is number {
  assertInteger(name, index, 0, optionCount - 1);
}

/** Checks that items are objects with finite `t` in non-decreasing order. */
export function assertSortedTimes(name: string, items: readonly unknown[]): void {
  let previous = -Infinity;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== "object" || item === null) {
      throw new RangeError(`${name}[${i}] must be an object, got ${show(item)}`);
    }
    const t = (item as { t?: unknown }).t;
    assertFinite(`${name}[${i}].t`, t);
    if (t < previous) {
      throw new RangeError(`${name} must be sorted by t ascending, but ${name}[${i}].t = ${t} comes after ${previous}`);
    }
    previous = t;
  }
}
