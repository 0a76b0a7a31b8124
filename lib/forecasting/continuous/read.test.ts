import { describe, expect, it } from "vitest";
import { cdfAt, pdfAt, pdfPoints, probabilityBetween, quantile } from "./read";
import { baselineCdf } from "./scores";
import { closedLinear, closedLog, openLinear, uniformCdf } from "./test-support";

describe("reading a CDF", () => {
  const uniform = uniformCdf();

  it("gives interval probabilities, counting outside mass when the interval reaches a bound", () => {
    expect(probabilityBetween(uniform, closedLinear, 25, 75)).toBeCloseTo(0.5, 12);
    expect(cdfAt(uniform, closedLinear, 33.3)).toBeCloseTo(0.333, 12);
    const baseline = baselineCdf(openLinear);
    expect(probabilityBetween(baseline, openLinear, -100, 0)).toBeCloseTo(0.05, 12);
    expect(probabilityBetween(baseline, openLinear, -100, 2500)).toBeCloseTo(0.5, 12);
    expect(probabilityBetween(baseline, openLinear, 2500, 9999)).toBeCloseTo(0.5, 12);
    expect(probabilityBetween(baseline, openLinear, 6000, 9999)).toBe(0);
    expect(() => probabilityBetween(baseline, openLinear, 5, 4)).toThrow("b must be at least a");
  });

  it("gives densities per real unit that integrate to the probability inside", () => {
    expect(pdfAt(uniform, closedLinear, 50)).toBeCloseTo(0.01, 12);
    expect(pdfAt(uniform, closedLinear, 150)).toBe(0);
    // Uniform in scale space on a log range: density 1 / (v ln(max/min)) per unit.
    expect(pdfAt(uniform, closedLog, 100)).toBeCloseTo(1 / (100 * Math.log(10_000)), 12);
    for (const [cdf, range, inside] of [
      [uniform, closedLog, 1],
      [baselineCdf(openLinear), openLinear, 0.9],
    ] as const) {
      // Midpoint rule per bucket in scale space: ∫ pdf dv = Σ density · Δv.
      const total = pdfPoints(cdf, range).reduce((sum, point) => sum + point.scaleDensity / 200, 0);
      expect(total).toBeCloseTo(inside, 10);
    }
  });

  it("inverts the CDF for quantiles, at the bound when beyond it", () => {
    expect(quantile(uniform, closedLinear, 0.5)).toBeCloseTo(50, 10);
    expect(quantile(uniform, closedLog, 0.5)).toBeCloseTo(100, 8);
    const baseline = baselineCdf(openLinear);
    expect(quantile(baseline, openLinear, 0.01)).toBe(0);
    expect(quantile(baseline, openLinear, 0.99)).toBe(5000);
    expect(quantile(baseline, openLinear, 0.5)).toBeCloseTo(2500, 8);
  });
});
