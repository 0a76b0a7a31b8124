import { describe, expect, it } from "vitest";
import { mulberry32 } from "../bench-data";
import { cdfFromMixture, type MixtureComponent } from "./from-mixture";
import { quantilePosition } from "./read";
import { fromScalePosition, type ContinuousRange } from "./range";
import { baselineCdf, continuousBaselineScore, continuousCrps, continuousLogScore, scaledCrps } from "./scores";
import { closedLinear, closedLog, gridCdf, normalCdf, normalCrps, openLinear, uniformCdf } from "./test-support";
import {
  timeAveragedContinuousBaselineScore,
  timeAveragedContinuousCrps,
  timeAveragedContinuousLogScore,
  timeAveragedScaledCrps,
} from "./time-averaged";

describe("log and baseline scores", () => {
  it("scores the uniform forecast at ln(1 / width) and baseline 0", () => {
    const uniform = uniformCdf();
    expect(continuousLogScore(uniform, closedLinear, 37)).toBeCloseTo(Math.log(0.01), 12);
    expect(continuousBaselineScore(uniform, closedLinear, 37)).toBeCloseTo(0, 12);
    // On a log scale the density per unit is 1 / (v ln(max/min)).
    expect(continuousLogScore(uniform, closedLog, 50)).toBeCloseTo(-Math.log(50 * Math.log(10_000)), 10);
  });

  it("gives the baseline forecast 0 everywhere, beyond open bounds too", () => {
    const baseline = baselineCdf(openLinear);
    for (const outcome of [-10, 0, 1234, 5000, 7000]) {
      expect(continuousBaselineScore(baseline, openLinear, outcome)).toBeCloseTo(0, 10);
    }
    expect(continuousLogScore(baseline, openLinear, -10)).toBeCloseTo(Math.log(0.05), 12);
    expect(continuousLogScore(baseline, openLinear, 10)).toBeCloseTo(Math.log(0.9 / 5000), 12);
  });

  it("matches Metaculus's bucket formula 100 · ln(pmf / baseline) / 2", () => {
    const range: ContinuousRange = { ...openLinear, openLower: false };
    const cdf = cdfFromMixture([{ center: 0.3, spread: 0.08, weight: 1 }], range);
    for (const outcome of [10, 1499.9, 2600, 4999]) {
      const bucket = Math.floor((outcome / 5000) * 200);
      const pmf = (cdf[bucket + 1] as number) - (cdf[bucket] as number);
      const metaculus = (100 * Math.log(pmf / ((1 - 0.05) / 200))) / 2;
      expect(continuousBaselineScore(cdf, range, outcome)).toBeCloseTo(metaculus, 10);
    }
    const above = 1 - (cdf[200] as number);
    expect(continuousBaselineScore(cdf, range, 9000)).toBeCloseTo((100 * Math.log(above / 0.05)) / 2, 10);
  });

  it("has the documented closed-form values", () => {
    // Twice the uniform density on the half holding the outcome: 50 ln 2.
    const half = uniformCdf().map((_, i) => (i <= 100 ? i / 100 : 1));
    expect(continuousBaselineScore(half, closedLinear, 20)).toBeCloseTo(50 * Math.LN2, 10);
    // The steepest allowed step, 0.59 in one bucket: 50 ln 118 ≈ 238.53.
    const steep = uniformCdf().map((_, i) =>
      i <= 100 ? (i * 0.205) / 100 : i === 101 ? 0.795 : 0.795 + ((i - 101) * 0.205) / 99,
    );
    expect(continuousBaselineScore(steep, closedLinear, 50.2)).toBeCloseTo(50 * Math.log(118), 6);
    expect(50 * Math.log(118)).toBeCloseTo(238.53, 2);
  });

  it("floors zero density and outside mass instead of returning −∞", () => {
    const half = uniformCdf().map((_, i) => (i <= 100 ? i / 100 : 1));
    expect(continuousBaselineScore(half, closedLinear, 80)).toBeCloseTo(50 * Math.log(0.01), 10);
    expect(Number.isFinite(continuousLogScore(uniformCdf(), { ...closedLinear, openUpper: true }, 200))).toBe(true);
  });

  it("refuses an outcome beyond a closed bound", () => {
    expect(() => continuousLogScore(uniformCdf(), closedLinear, 101)).toThrow(
      "outcome 101 is above range.max 100, a closed bound",
    );
    expect(() => continuousCrps(uniformCdf(), closedLinear, -1)).toThrow(
      "outcome -1 is below range.min 0, a closed bound",
    );
  });
});

describe("CRPS", () => {
  it("equals u³/3 + (1 − u)³/3 times the width for the uniform forecast", () => {
    for (const outcome of [0, 30, 62.5, 100]) {
      const u = outcome / 100;
      expect(continuousCrps(uniformCdf(), closedLinear, outcome)).toBeCloseTo(100 * (u ** 3 / 3 + (1 - u) ** 3 / 3), 9);
      expect(scaledCrps(uniformCdf(), closedLinear, outcome)).toBeCloseTo(u ** 3 / 3 + (1 - u) ** 3 / 3, 11);
    }
  });

  it("equals the normal closed form σ[z(2Φ(z) − 1) + 2φ(z) − 1/√π] within discretisation error", () => {
    const range: ContinuousRange = { min: -8, max: 8, openLower: false, openUpper: false, scale: "linear" };
    const mu = 0.7;
    const sigma = 1.3;
    const cdf = gridCdf(range, (v) => normalCdf((v - mu) / sigma));
    for (const y of [-3, -0.4, 0.7, 1.9, 4.5]) {
      expect(Math.abs(continuousCrps(cdf, range, y) - normalCrps(mu, sigma, y))).toBeLessThan(1e-3);
    }
  });

  it("integrates exactly on a log scale (the lognormal closed form)", () => {
    const mu = 3;
    const sigma = 0.5;
    const range: ContinuousRange = {
      min: Math.exp(mu - 8 * sigma),
      max: Math.exp(mu + 8 * sigma),
      openLower: false,
      openUpper: false,
      scale: "log",
    };
    const cdf = gridCdf(range, (v) => normalCdf((Math.log(v) - mu) / sigma));
    for (const y of [5, 20, 33, 80]) {
      const z = (Math.log(y) - mu) / sigma;
      // Baran & Lerch (2015): CRPS of the lognormal.
      const closedForm =
        y * (2 * normalCdf(z) - 1) -
        2 * Math.exp(mu + sigma ** 2 / 2) * (normalCdf(z - sigma) + normalCdf(sigma / Math.SQRT2) - 1);
      expect(Math.abs(continuousCrps(cdf, range, y) - closedForm) / closedForm).toBeLessThan(2e-3);
    }
  });

  it("is about 0 for a (near) point mass at the outcome", () => {
    // All probability within the bucket [36.5, 37).
    const point = uniformCdf().map((_, i) => (i <= 73 ? 0 : 1));
    expect(continuousCrps(point, closedLinear, 36.75)).toBeLessThan(0.1);
    expect(scaledCrps(point, closedLinear, 36.75)).toBeLessThan(1e-3);
    expect(scaledCrps(point, closedLinear, 80)).toBeGreaterThan(0.4);
  });

  it("censors an outcome beyond an open bound to the bound", () => {
    const baseline = baselineCdf(openLinear);
    expect(continuousCrps(baseline, openLinear, 9000)).toBeCloseTo(continuousCrps(baseline, openLinear, 5000), 9);
    expect(scaledCrps(baseline, openLinear, -1)).toBeCloseTo(scaledCrps(baseline, openLinear, 0), 12);
  });
});

describe("propriety in simulation", () => {
  const truth: MixtureComponent[] = [
    { center: 0.35, spread: 0.06, weight: 2 },
    { center: 0.7, spread: 0.04, weight: 1 },
  ];
  const range: ContinuousRange = { min: 0, max: 1000, openLower: false, openUpper: true, scale: "linear" };
  const trueCdf = cdfFromMixture(truth, range);
  const random = mulberry32(20261129);
  const outcomes: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const u = random();
    // Beyond the open upper bound the exact value does not matter: the scores censor it.
    outcomes.push(u >= (trueCdf[200] as number) ? 1500 : fromScalePosition(range, quantilePosition(trueCdf, u)));
  }
  const alternatives: Record<string, MixtureComponent[]> = {
    shifted: truth.map((c) => ({ ...c, center: c.center + 0.05 })),
    wider: truth.map((c) => ({ ...c, spread: c.spread * 1.5 })),
    narrower: truth.map((c) => ({ ...c, spread: c.spread * 0.6 })),
    reweighted: truth.map((c, i) => ({ ...c, weight: i === 0 ? 1 : 2 })),
  };
  const meanOf = (score: (y: number) => number) => outcomes.reduce((sum, y) => sum + score(y), 0) / outcomes.length;

  it("gives the true distribution the lowest mean CRPS and the highest mean log score", () => {
    const trueCrps = meanOf((y) => continuousCrps(trueCdf, range, y));
    const trueLog = meanOf((y) => continuousLogScore(trueCdf, range, y));
    for (const [name, components] of Object.entries(alternatives)) {
      const cdf = cdfFromMixture(components, range);
      expect(
        meanOf((y) => continuousCrps(cdf, range, y)),
        name,
      ).toBeGreaterThan(trueCrps);
      expect(
        meanOf((y) => continuousLogScore(cdf, range, y)),
        name,
      ).toBeLessThan(trueLog);
    }
  });
});

describe("time-averaged scores", () => {
  it("hold each forecast until the next and average over [first forecast, closeAt]", () => {
    const uniform = uniformCdf();
    const half = uniformCdf().map((_, i) => (i <= 100 ? i / 100 : 1));
    const log = [
      { t: 0, cdf: uniform },
      { t: 6, cdf: half },
    ];
    // Outcome 20: baseline 0 for 6 units, then 50 ln 2 for 3.
    expect(timeAveragedContinuousBaselineScore(log, closedLinear, 20, 9)).toBeCloseTo((3 * 50 * Math.LN2) / 9, 10);
    expect(timeAveragedContinuousLogScore(log, closedLinear, 20, 9)).toBeCloseTo(
      (6 * Math.log(0.01) + 3 * Math.log(0.02)) / 9,
      10,
    );
    const crps = (cdf: number[]) => continuousCrps(cdf, closedLinear, 20);
    expect(timeAveragedContinuousCrps(log, closedLinear, 20, 9)).toBeCloseTo(
      (6 * crps(uniform) + 3 * crps(half)) / 9,
      10,
    );
    expect(timeAveragedScaledCrps(log, closedLinear, 20, 9)).toBeCloseTo(
      timeAveragedContinuousCrps(log, closedLinear, 20, 9) / 100,
      10,
    );
    // closeAt before the first forecast: the last forecast's score stands.
    expect(timeAveragedContinuousBaselineScore(log, closedLinear, 20, -1)).toBeCloseTo(50 * Math.LN2, 10);
  });

  it("names a bad forecast log", () => {
    expect(() => timeAveragedContinuousCrps([], closedLinear, 20, 9)).toThrow("forecasts must not be empty");
    expect(() =>
      timeAveragedContinuousCrps(
        [
          { t: 5, cdf: uniformCdf() },
          { t: 1, cdf: uniformCdf() },
        ],
        closedLinear,
        20,
        9,
      ),
    ).toThrow("forecasts must be sorted by t ascending");
    expect(() => timeAveragedContinuousCrps([{ t: 0, cdf: [0, 1] }], closedLinear, 20, 9)).toThrow(
      "forecasts[0].cdf must have 201 points, got 2",
    );
  });
});
