// Thinning step series for charts. A step series holds each value until the next point, so
// the output must only ever contain real input points (interpolated or averaged points would
// draw levels the series never had).
//
// 1. Lossless pass: a point whose value equals the previous kept point's draws nothing new,
//    so it is dropped (the last point is kept to preserve the time extent).
// 2. If that is still too many, the interior is cut into equal-count buckets and each bucket
//    keeps its first point (the level entering it), the points with the minimum and maximum of
//    each value dimension (the envelope), and its last point (the level leaving it) — the M4
//    idea adapted to steps. With too small a budget for that, each bucket keeps the single
//    point that moves furthest from the previously kept level.

import type { TimedForecast } from "./types";
import { assertArray, assertInteger, show } from "./validate";

type ValueOf<T> = (point: T) => number | readonly number[];

function readValues<T>(points: readonly T[], valueOf: ValueOf<T>): { dims: number; values: Float64Array } {
  const first = valueOf(points[0] as T);
  const dims = typeof first === "number" ? 1 : first.length;
  const values = new Float64Array(points.length * dims);
  for (let i = 0; i < points.length; i++) {
    const v = i === 0 ? first : valueOf(points[i] as T);
    if (typeof v === "number") {
      if (dims !== 1)
        throw new RangeError(`valueOf must return ${dims} values for every point, got ${show(v)} at ${i}`);
      values[i] = v;
    } else {
      if (v.length !== dims) {
        throw new RangeError(`valueOf must return ${dims} values for every point, got ${v.length} at ${i}`);
      }
      for (let d = 0; d < dims; d++) values[i * dims + d] = v[d] as number;
    }
  }
  return { dims, values };
}

function sameValue(values: Float64Array, dims: number, a: number, b: number): boolean {
  for (let d = 0; d < dims; d++) if (values[a * dims + d] !== values[b * dims + d]) return false;
  return true;
}

function distance(values: Float64Array, dims: number, a: number, b: number): number {
  let worst = 0;
  for (let d = 0; d < dims; d++) {
    const gap = Math.abs((values[a * dims + d] as number) - (values[b * dims + d] as number));
    if (gap > worst) worst = gap;
  }
  return worst;
}

/** Indices that survive dropping repeats of the previous kept value (first and last kept). */
function dropRepeats(values: Float64Array, dims: number, count: number): number[] {
  const kept = [0];
  for (let i = 1; i < count - 1; i++) {
    if (!sameValue(values, dims, kept[kept.length - 1] as number, i)) kept.push(i);
  }
  if (count > 1) kept.push(count - 1);
  return kept;
}

function bucketBounds(interiorCount: number, buckets: number, b: number): [number, number] {
  // Interior positions are 1 … interiorCount in the candidate list.
  const from = 1 + Math.floor((b * interiorCount) / buckets);
  const to = 1 + Math.floor(((b + 1) * interiorCount) / buckets);
  return [from, to];
}

function selectEnvelope(candidates: number[], values: Float64Array, dims: number, slots: number): number[] {
  const interiorCount = candidates.length - 2;
  const perBucket = 2 + 2 * dims;
  const out = [candidates[0] as number];
  if (slots >= perBucket) {
    const buckets = Math.floor(slots / perBucket);
    for (let b = 0; b < buckets; b++) {
      const [from, to] = bucketBounds(interiorCount, buckets, b);
      const picked = new Set<number>([from, to - 1]);
      for (let d = 0; d < dims; d++) {
        let lo = from;
        let hi = from;
        for (let j = from + 1; j < to; j++) {
          const v = values[(candidates[j] as number) * dims + d] as number;
          if (v < (values[(candidates[lo] as number) * dims + d] as number)) lo = j;
          if (v > (values[(candidates[hi] as number) * dims + d] as number)) hi = j;
        }
        picked.add(lo);
        picked.add(hi);
      }
      for (const j of [...picked].sort((a, c) => a - c)) out.push(candidates[j] as number);
    }
  } else {
    for (let b = 0; b < slots; b++) {
      const [from, to] = bucketBounds(interiorCount, slots, b);
      const previous = out[out.length - 1] as number;
      let best = from;
      let bestGap = -1;
      for (let j = from; j < to; j++) {
        const gap = distance(values, dims, previous, candidates[j] as number);
        if (gap > bestGap) {
          best = j;
          bestGap = gap;
        }
      }
      out.push(candidates[best] as number);
    }
  }
  out.push(candidates[candidates.length - 1] as number);
  return out;
}

/**
 * Thins any step series to at most `maxPoints` points (an integer ≥ 2), keeping the first and
 * last points; every returned element is one of the input elements, in input order. Input
 * already within budget is returned as is. `valueOf` gives each point's value, or a vector of
 * values for multiple-choice series (all vectors the same length).
 */
export function downsampleBy<T>(points: readonly T[], maxPoints: number, valueOf: ValueOf<T>): readonly T[] {
  assertArray("points", points);
  assertInteger("maxPoints", maxPoints, 2);
  if (typeof valueOf !== "function") throw new RangeError(`valueOf must be a function, got ${show(valueOf)}`);
  if (points.length <= maxPoints) return points;

  const { dims, values } = readValues(points, valueOf);
  const candidates = dropRepeats(values, dims, points.length);
  const chosen = candidates.length <= maxPoints ? candidates : selectEnvelope(candidates, values, dims, maxPoints - 2);
  return chosen.map((i) => points[i] as T);
}

/** downsampleBy for binary series of { t, p } points. */
export function downsampleSteps<P extends TimedForecast>(points: readonly P[], maxPoints: number): readonly P[] {
  return downsampleBy(points, maxPoints, (point) => point.p);
}
