import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { downsampleBy, downsampleSteps, type TimedForecast } from "./index";

const stepSeries = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(0.1, 0.2, 0.5, 0.7, 0.9, 0.95)), {
    minLength: 1,
    maxLength: 300,
  })
  .map((rows) => rows.sort((a, b) => a[0] - b[0]).map(([t, p]) => ({ t, p })));

/** Positions of `output` elements within `input`, by identity. */
function positions<T>(input: readonly T[], output: readonly T[]): number[] {
  return output.map((point) => input.indexOf(point));
}

describe("downsampleSteps", () => {
  it("returns the input unchanged when it is already small enough", () => {
    const points = [
      { t: 0, p: 0.5 },
      { t: 1, p: 0.5 },
    ];
    expect(downsampleSteps(points, 2)).toBe(points);
  });

  it("first drops repeated levels, which changes nothing on a step chart", () => {
    const points = [0.5, 0.5, 0.5, 0.7, 0.7].map((p, t) => ({ t, p }));
    expect(positions(points, downsampleSteps(points, 4))).toEqual([0, 3, 4]);
  });

  it("keeps a short spike in a long series", () => {
    const points = Array.from({ length: 1000 }, (_, t) => ({ t, p: 0.3 + 0.0001 * (t % 7) }));
    points[517] = { t: 517, p: 0.99 };
    points[518] = { t: 518, p: 0.01 };
    const thinned = downsampleSteps(points, 40);
    expect(thinned.length).toBeLessThanOrEqual(40);
    const values = thinned.map((point) => point.p);
    expect(values).toContain(0.99);
    expect(values).toContain(0.01);
  });

  it("with a tiny budget keeps the point that moves furthest", () => {
    const points = [0.5, 0.52, 0.9, 0.51, 0.5].map((p, t) => ({ t, p }));
    expect(positions(points, downsampleSteps(points, 3))).toEqual([0, 2, 4]);
  });

  it("keeps first and last, never exceeds the budget, and never invents points", () => {
    fc.assert(
      fc.property(stepSeries, fc.integer({ min: 2, max: 60 }), (points, maxPoints) => {
        const thinned = downsampleSteps(points, maxPoints);
        expect(thinned.length).toBeLessThanOrEqual(Math.min(maxPoints, points.length));
        expect(thinned[0]).toBe(points[0]);
        expect(thinned.at(-1)).toBe(points.at(-1));
        const at = positions(points, thinned);
        expect(at.every((i) => i >= 0)).toBe(true);
        for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThan(at[i - 1] as number);
      }),
    );
  });

  it("keeps every level change when the budget allows it", () => {
    fc.assert(
      fc.property(stepSeries, (points) => {
        const levels = (series: readonly TimedForecast[]) =>
          series.filter((point, i) => i === 0 || point.p !== series[i - 1]?.p).map((point) => point.p);
        const thinned = downsampleSteps(points, Math.max(2, levels(points).length + 1));
        expect(levels(thinned)).toEqual(levels(points));
      }),
    );
  });
});

describe("downsampleBy", () => {
  it("thins multi-value points by each option's envelope", () => {
    const points = Array.from({ length: 200 }, (_, t) => ({ t, probs: [0.5, 0.5] }));
    points[50] = { t: 50, probs: [0.9, 0.1] };
    points[150] = { t: 150, probs: [0.2, 0.8] };
    const thinned = downsampleBy(points, 20, (point) => point.probs);
    expect(thinned.length).toBeLessThanOrEqual(20);
    expect(thinned).toContain(points[50]);
    expect(thinned).toContain(points[150]);
    expect(thinned[0]).toBe(points[0]);
    expect(thinned.at(-1)).toBe(points[199]);
  });

  it("never exceeds the budget for vector values", () => {
    const series = fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), {
      minLength: 1,
      maxLength: 200,
    });
    fc.assert(
      fc.property(series, fc.integer({ min: 2, max: 30 }), (values, maxPoints) => {
        const points = values.map((probs, t) => ({ t, probs }));
        const thinned = downsampleBy(points, maxPoints, (point) => point.probs);
        expect(thinned.length).toBeLessThanOrEqual(Math.min(maxPoints, points.length));
        expect(thinned[0]).toBe(points[0]);
        expect(thinned.at(-1)).toBe(points.at(-1));
        expect(positions(points, thinned).every((i) => i >= 0)).toBe(true);
      }),
    );
  });
});
