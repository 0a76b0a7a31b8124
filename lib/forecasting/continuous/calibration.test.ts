import { describe, expect, it } from "vitest";
import { mulberry32 } from "../bench-data";
import { intervalCoverage, pitHistogram, pitValue, type ResolvedCdf } from "./calibration";
import { cdfFromMixture } from "./from-mixture";
import { quantilePosition } from "./read";
import { fromScalePosition, type ContinuousRange } from "./range";
import { baselineCdf } from "./scores";
import { closedLinear, openLinear, uniformCdf } from "./test-support";

describe("PIT", () => {
  it("is F(outcome), and the middle of the outside probability beyond an open bound", () => {
    expect(pitValue(uniformCdf(), closedLinear, 30)).toBeCloseTo(0.3, 12);
    const baseline = baselineCdf(openLinear);
    expect(pitValue(baseline, openLinear, -5)).toBeCloseTo(0.025, 12);
    expect(pitValue(baseline, openLinear, 9000)).toBeCloseTo(0.975, 12);
  });
});

describe("calibration of distributions", () => {
  // Outcomes drawn from each forecast itself: a perfectly calibrated forecaster.
  const random = mulberry32(42);
  const range: ContinuousRange = { min: 0, max: 100, openLower: false, openUpper: false, scale: "linear" };
  const calibrated: ResolvedCdf[] = [];
  for (let i = 0; i < 2000; i++) {
    const cdf = cdfFromMixture([{ center: 0.2 + 0.6 * random(), spread: 0.02 + 0.1 * random(), weight: 1 }], range);
    calibrated.push({ cdf, range, outcome: fromScalePosition(range, quantilePosition(cdf, random())) });
  }

  it("finds about 50% and 90% of a calibrated forecaster's outcomes inside the central intervals", () => {
    const { central50, central90 } = intervalCoverage(calibrated);
    expect(central50.n).toBe(2000);
    expect(central50.ciLow).toBeLessThan(0.5);
    expect(central50.ciHigh).toBeGreaterThan(0.5);
    expect(central90.ciLow).toBeLessThan(0.9);
    expect(central90.ciHigh).toBeGreaterThan(0.9);
    expect(central50.inside / 2000).toBe(central50.rate);
  });

  it("gives a calibrated forecaster a flat PIT histogram and an overconfident one a U shape", () => {
    const flat = pitHistogram(calibrated);
    expect(flat).toHaveLength(10);
    for (const bin of flat) expect(Math.abs((bin.share as number) - 0.1)).toBeLessThan(0.025);
    // The same outcomes against forecasts squeezed towards their medians.
    const overconfident = calibrated.map((item) => {
      const median = fromScalePosition(range, quantilePosition(item.cdf, 0.5)) / 100;
      return { ...item, cdf: cdfFromMixture([{ center: median, spread: 0.005, weight: 1 }], range) };
    });
    const u = pitHistogram(overconfident);
    expect((u[0]?.share as number) + (u[9]?.share as number)).toBeGreaterThan(0.5);
  });

  it("reports empty bins and no rate when nothing is resolved", () => {
    expect(pitHistogram([])[0]).toEqual({ lo: 0, hi: 0.1, n: 0 });
    expect(intervalCoverage([]).central90).toEqual({ nominal: 0.9, n: 0, inside: 0 });
  });
});
