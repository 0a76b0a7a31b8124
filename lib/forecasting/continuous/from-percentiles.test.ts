import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forecastCdfProblem } from "./cdf-validate";
import { cdfFromMixture } from "./from-mixture";
import { cdfFromPercentiles, percentilesProblem, type Percentiles } from "./from-percentiles";
import { quantile } from "./read";
import type { ContinuousRange } from "./range";
import { continuousBaselineScore } from "./scores";
import { closedLinear, closedLog, openLinear } from "./test-support";

describe("percentilesProblem", () => {
  it("names the missing, unknown, unordered or misplaced percentile", () => {
    expect(percentilesProblem({ "5": 1, "95": 9 }, closedLinear)).toBe(
      "percentiles.50 is required (give at least the 5th, 50th and 95th)",
    );
    expect(percentilesProblem({ "5": 1, "10": 2, "50": 5, "95": 9 }, closedLinear)).toMatch(
      /^percentiles may only give the 5, 25, 50, 75, 95 percentiles, got "10"/,
    );
    expect(percentilesProblem({ "5": 1, "50": 5, "75": 5, "95": 9 }, closedLinear)).toBe(
      "percentiles.75 must be greater than percentiles.50 (5 <= 5)",
    );
    expect(percentilesProblem({ "5": 0, "50": 5, "95": 9 }, closedLinear)).toMatch(
      /^percentiles.5 must be above range.min \(0\): the lower bound is closed/,
    );
    expect(percentilesProblem({ "5": 1, "50": 5, "95": 100 }, closedLinear)).toMatch(
      /^percentiles.95 must be below range.max \(100\): the upper bound is closed/,
    );
    expect(percentilesProblem({ "5": "1", "50": 5, "95": 9 }, closedLinear)).toBe(
      'percentiles.5 must be a number, got "1"',
    );
    expect(percentilesProblem({ "5": -1, "50": 5, "95": 9 }, { ...closedLog, openLower: true })).toBe(
      "percentiles.5 must be above 0 on a log scale, got -1",
    );
    // An open bound lets percentiles lie beyond it.
    expect(percentilesProblem({ "5": -300, "50": 1000, "95": 6000 }, openLinear)).toBeNull();
  });

  it("makes cdfFromPercentiles throw the same message", () => {
    expect(() => cdfFromPercentiles({ "5": 9, "50": 5, "95": 1 }, closedLinear)).toThrow(
      "percentiles.50 must be greater than percentiles.5",
    );
  });
});

describe("cdfFromPercentiles", () => {
  it("passes through the given percentiles on an open range", () => {
    const percentiles: Percentiles = { "5": 400, "25": 900, "50": 1200, "75": 1800, "95": 3000 };
    const cdf = cdfFromPercentiles(percentiles, openLinear);
    expect(forecastCdfProblem(cdf, openLinear)).toBeNull();
    for (const [level, value] of Object.entries(percentiles)) {
      expect(Math.abs(quantile(cdf, openLinear, Number(level) / 100) - value)).toBeLessThan(0.002 * 5000);
    }
  });

  it("puts the logistic tail's probability beyond open bounds and none beyond closed ones", () => {
    const open = cdfFromPercentiles({ "5": -200, "50": 500, "95": 6000 }, openLinear);
    expect(open[0]).toBeGreaterThan(0.05);
    expect(1 - (open[200] as number)).toBeGreaterThan(0.05);
    const closed = cdfFromPercentiles({ "5": 5, "50": 20, "95": 60 }, closedLinear);
    expect(closed[0]).toBe(0);
    expect(closed[200]).toBe(1);
    for (const [p, value] of [
      [0.05, 5],
      [0.5, 20],
      [0.95, 60],
    ] as const) {
      // The uniform blend that keeps every step above the minimum moves them a little.
      expect(Math.abs(quantile(closed, closedLinear, p) - value)).toBeLessThan(1.5);
    }
  });

  it("works in log space on a log scale", () => {
    const cdf = cdfFromPercentiles({ "5": 3, "50": 100, "95": 3000 }, closedLog);
    expect(forecastCdfProblem(cdf, closedLog)).toBeNull();
    expect(quantile(cdf, closedLog, 0.5) / 100).toBeCloseTo(1, 1);
  });

  it("always yields a valid forecast that respects the percentiles' order", () => {
    const range = fc.record({
      min: fc.integer({ min: -1000, max: 1000 }),
      width: fc.integer({ min: 1, max: 100_000 }),
      openLower: fc.boolean(),
      openUpper: fc.boolean(),
    });
    fc.assert(
      fc.property(
        range,
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        (r, gaps, withQuartiles) => {
          const continuous: ContinuousRange = {
            min: r.min,
            max: r.min + r.width,
            openLower: r.openLower,
            openUpper: r.openUpper,
            scale: "linear",
          };
          // Positions strictly inside (0, 1) for closed bounds, up to 0.5 beyond for open ones.
          const lowEdge = r.openLower ? -0.5 : 0;
          const highEdge = r.openUpper ? 1.5 : 1;
          const total = gaps.reduce((a, b) => a + b, 0) + 0.5;
          let x = lowEdge;
          const positions = gaps.map((gap) => (x += ((highEdge - lowEdge) * gap) / total));
          const values = positions.map((position) => continuous.min + position * r.width);
          const percentiles: Percentiles = withQuartiles
            ? { "5": values[0], "25": values[1], "50": values[2], "75": values[3], "95": values[4] }
            : { "5": values[0], "50": values[2], "95": values[4] };
          if (percentilesProblem(percentiles, continuous) !== null) return; // rounding at a bound
          const cdf = cdfFromPercentiles(percentiles, continuous);
          expect(forecastCdfProblem(cdf, continuous)).toBeNull();
          expect(quantile(cdf, continuous, 0.05)).toBeLessThanOrEqual(quantile(cdf, continuous, 0.5));
        },
      ),
      { seed: 1313, numRuns: 300 },
    );
  });
});

describe("cdfFromMixture", () => {
  it("centres a single component and keeps the limits", () => {
    const cdf = cdfFromMixture([{ center: 0.4, spread: 0.05, weight: 1 }], closedLinear);
    expect(forecastCdfProblem(cdf, closedLinear)).toBeNull();
    expect(quantile(cdf, closedLinear, 0.5)).toBeCloseTo(40, 0);
  });

  it("splits probability by weight and puts the tails beyond open bounds", () => {
    const cdf = cdfFromMixture(
      [
        { center: 0.2, spread: 0.02, weight: 1 },
        { center: 0.8, spread: 0.02, weight: 3 },
      ],
      openLinear,
    );
    expect(forecastCdfProblem(cdf, openLinear)).toBeNull();
    expect(cdf[100]).toBeCloseTo(0.25, 2);
    const wide = cdfFromMixture([{ center: 1, spread: 0.2, weight: 1 }], openLinear);
    expect(1 - (wide[200] as number)).toBeCloseTo(0.5, 2);
  });

  it("tames a near point mass to the maximum step", () => {
    const cdf = cdfFromMixture([{ center: 0.5, spread: 1e-6, weight: 1 }], closedLinear);
    expect(forecastCdfProblem(cdf, closedLinear)).toBeNull();
  });

  it("always yields a valid forecast, on any kind of range", () => {
    const component = fc.record({
      center: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
      spread: fc.double({ min: 1e-4, max: 2, noNaN: true }),
      weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(component, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom<"linear" | "log">("linear", "log"),
        (components, openLower, openUpper, scale) => {
          const range: ContinuousRange = { min: 1, max: 1000, openLower, openUpper, scale };
          const cdf = cdfFromMixture(components, range);
          expect(forecastCdfProblem(cdf, range)).toBeNull();
          // Every valid forecast stays under the documented ceiling of the baseline score.
          const ceiling = 50 * Math.log(118 / (1 - 0.05 * (Number(openLower) + Number(openUpper))));
          for (const outcome of [1, 30, 500, 1000]) {
            expect(continuousBaselineScore(cdf, range, outcome)).toBeLessThanOrEqual(ceiling + 1e-6);
          }
        },
      ),
      { seed: 2026, numRuns: 200 },
    );
  });

  it("names bad components", () => {
    expect(() => cdfFromMixture([], closedLinear)).toThrow("components must be a list of 1 to 3 components");
    expect(() => cdfFromMixture([{ center: 0.5, spread: 0, weight: 1 }], closedLinear)).toThrow(
      "components[0].spread must be a number above 0",
    );
    const four = Array.from({ length: 4 }, () => ({ center: 0.5, spread: 0.1, weight: 1 }));
    expect(() => cdfFromMixture(four, closedLinear)).toThrow("components may have at most 3 components, got 4");
  });
});
