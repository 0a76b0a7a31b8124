import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  P_MAX,
  P_MIN,
  extremizedMeanLogOdds,
  geometricMeanOfOdds,
  mean,
  median,
  recencyWeightedMedian,
  recencyWeights,
  weightedMedian,
} from "./index";

const probabilities = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 });
const clamp = (p: number) => Math.min(P_MAX, Math.max(P_MIN, p));

describe("mean and median", () => {
  it("work on small examples", () => {
    expect(mean([0.2, 0.4])).toBeCloseTo(0.3, 12);
    expect(median([0.1, 0.9, 0.3])).toBe(0.3);
    expect(median([0.9, 0.1, 0.3, 0.2])).toBeCloseTo(0.25, 12);
  });
});

describe("geometricMeanOfOdds and extremizedMeanLogOdds", () => {
  it("average in log-odds space", () => {
    expect(geometricMeanOfOdds([0.5])).toBeCloseTo(0.5, 12);
    // Odds 1/4 and 4 have geometric mean 1.
    expect(geometricMeanOfOdds([0.2, 0.8])).toBeCloseTo(0.5, 12);
    // Odds 1 and 4 → 2 → p = 2/3.
    expect(geometricMeanOfOdds([0.5, 0.8])).toBeCloseTo(2 / 3, 12);
    expect(extremizedMeanLogOdds([0.5, 0.8], 1)).toBeCloseTo(2 / 3, 12);
    // d = 2 squares the pooled odds: 2² = 4 → 0.8.
    expect(extremizedMeanLogOdds([0.5, 0.8], 2)).toBeCloseTo(0.8, 12);
    expect(extremizedMeanLogOdds([0.6], 2)).toBeCloseTo(2.25 / 3.25, 12);
  });

  it("clamp certainty before taking logs", () => {
    expect(geometricMeanOfOdds([1, 1])).toBeCloseTo(0.999, 12);
    expect(geometricMeanOfOdds([0, 1])).toBeCloseTo(0.5, 12);
  });
});

describe("recencyWeightedMedian", () => {
  it("matches the published example", () => {
    expect(recencyWeightedMedian([0.2, 0.3, 0.4])).toBe(0.3);
  });

  it("uses equal weights for one or two forecasters", () => {
    expect(recencyWeightedMedian([0.7])).toBe(0.7);
    expect(recencyWeightedMedian([0.2, 0.6])).toBeCloseTo(0.4, 12);
    expect([...recencyWeights(2)]).toEqual([1, 1]);
  });

  it("favours recent forecasts", () => {
    // Weights e^(√n − 2): 0.368, 0.557, 0.765, 1. The two newest hold 1.765 of 2.689 > half.
    expect(recencyWeightedMedian([0.1, 0.1, 0.9, 0.9])).toBe(0.9);
    expect(recencyWeightedMedian([0.9, 0.9, 0.1, 0.1])).toBe(0.1);
    expect(median([0.1, 0.1, 0.9, 0.9])).toBe(0.5);
    const w = recencyWeights(4);
    expect(w[3]).toBe(1);
    expect(w[0]).toBeCloseTo(Math.exp(1 - 2), 12);
  });
});

describe("weightedMedian", () => {
  it("averages with the next weighted value when the share is exactly one half", () => {
    expect(weightedMedian([0.2, 0.4, 0.6, 0.8], [1, 1, 1, 1])).toBeCloseTo(0.5, 12);
    // The zero-weight 0.5 is skipped when looking for the next value.
    expect(weightedMedian([0.2, 0.5, 0.6], [1, 0, 1])).toBeCloseTo(0.4, 12);
    expect(weightedMedian([0.6, 0.2, 0.4], [1, 1, 3])).toBe(0.4);
  });
});

describe("aggregate properties", () => {
  it("mean, median and recency-weighted median lie between min and max", () => {
    fc.assert(
      fc.property(probabilities, (ps) => {
        const lo = Math.min(...ps);
        const hi = Math.max(...ps);
        for (const value of [mean(ps), median(ps), recencyWeightedMedian(ps)]) {
          expect(value).toBeGreaterThanOrEqual(lo);
          expect(value).toBeLessThanOrEqual(hi);
        }
      }),
    );
  });

  it("geometric mean of odds lies between the clamped min and max", () => {
    fc.assert(
      fc.property(probabilities, (ps) => {
        const value = geometricMeanOfOdds(ps);
        expect(value).toBeGreaterThanOrEqual(clamp(Math.min(...ps)));
        expect(value).toBeLessThanOrEqual(clamp(Math.max(...ps)));
      }),
    );
  });

  it("extremizing with d = 1 is the geometric mean of odds, with d > 1 it moves away from 1/2", () => {
    fc.assert(
      fc.property(probabilities, fc.double({ min: 1, max: 10, noNaN: true }), (ps, d) => {
        const pooled = geometricMeanOfOdds(ps);
        expect(extremizedMeanLogOdds(ps, 1)).toBeCloseTo(pooled, 12);
        const extreme = extremizedMeanLogOdds(ps, d);
        if (pooled >= 0.5) expect(extreme).toBeGreaterThanOrEqual(pooled - 1e-12);
        else expect(extreme).toBeLessThanOrEqual(pooled + 1e-12);
      }),
    );
  });

  it("recency-weighted median of one or two forecasts is the plain median", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 2 }), (ps) => {
        expect(recencyWeightedMedian(ps)).toBeCloseTo(median(ps), 12);
      }),
    );
  });
});
