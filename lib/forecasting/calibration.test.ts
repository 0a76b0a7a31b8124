import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brierScore, calibrationBins, murphyDecomposition, wilsonInterval, type CalibrationPair } from "./index";

const pairArb = fc.record({
  p: fc.double({ min: 0, max: 1, noNaN: true }),
  outcome: fc.constantFrom(0, 1),
});

describe("calibrationBins", () => {
  it("bins a small hand-checked set", () => {
    const pairs: CalibrationPair[] = [
      { p: 0.05, outcome: 0 },
      { p: 0.15, outcome: 1 },
      { p: 0.12, outcome: 0 },
      { p: 1, outcome: 1 },
      { p: 0.95, outcome: 1 },
    ];
    const bins = calibrationBins(pairs);
    expect(bins).toHaveLength(10);
    expect(bins.map((b) => b.n)).toEqual([1, 2, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(bins[1]?.lo).toBeCloseTo(0.1, 12);
    expect(bins[1]?.hi).toBeCloseTo(0.2, 12);
    expect(bins[1]?.meanP).toBeCloseTo(0.135, 12);
    expect(bins[1]?.freq).toBe(0.5);
    expect(bins[9]?.meanP).toBeCloseTo(0.975, 12);
    expect(bins[9]?.freq).toBe(1);
    expect(bins[0]?.freq).toBe(0);
    expect(bins[4]).toEqual({ lo: 0.4, hi: 0.5, n: 0 });
  });

  it("returns empty bins for no pairs", () => {
    const bins = calibrationBins([], 4);
    expect(bins.map((b) => [b.lo, b.hi, b.n])).toEqual([
      [0, 0.25, 0],
      [0.25, 0.5, 0],
      [0.5, 0.75, 0],
      [0.75, 1, 0],
    ]);
  });

  it("reports 95% Wilson intervals", () => {
    const half = wilsonInterval(5, 10);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const pairs = Array.from({ length: 10 }, (_, i) => ({ p: 0.55, outcome: i < 5 ? 1 : 0 }));
    const bin = calibrationBins(pairs)[5];
    expect(bin?.ciLow).toBeCloseTo(half.low, 12);
    expect(bin?.ciHigh).toBeCloseTo(half.high, 12);
  });

  it("partitions the input: every pair lands in exactly its bin", () => {
    fc.assert(
      fc.property(fc.array(pairArb, { maxLength: 200 }), fc.integer({ min: 1, max: 25 }), (pairs, binCount) => {
        const bins = calibrationBins(pairs, binCount);
        expect(bins).toHaveLength(binCount);
        expect(bins.reduce((s, b) => s + b.n, 0)).toBe(pairs.length);
        const expected = new Array<number>(binCount).fill(0);
        for (const { p } of pairs) {
          const k = Math.min(Math.floor(p * binCount), binCount - 1);
          expected[k] = (expected[k] as number) + 1;
          // The formula's bin really is the one whose interval holds p.
          expect(p).toBeGreaterThanOrEqual((bins[k]?.lo as number) - 1e-12);
          expect(p).toBeLessThanOrEqual((bins[k]?.hi as number) + 1e-12);
        }
        expect(bins.map((b) => b.n)).toEqual(expected);
        for (const bin of bins) {
          if (bin.n === 0) expect(bin.meanP).toBeUndefined();
          else {
            expect(bin.ciLow).toBeLessThanOrEqual(bin.freq as number);
            expect(bin.ciHigh).toBeGreaterThanOrEqual(bin.freq as number);
          }
        }
      }),
    );
  });
});

describe("murphyDecomposition", () => {
  it("decomposes a hand-checked example", () => {
    // p = 0.2 five times (one hit), p = 0.8 five times (four hits): perfectly calibrated.
    const pairs = [
      ...[1, 0, 0, 0, 0].map((outcome) => ({ p: 0.2, outcome })),
      ...[1, 1, 1, 1, 0].map((outcome) => ({ p: 0.8, outcome })),
    ];
    const m = murphyDecomposition(pairs);
    expect(m.reliability).toBeCloseTo(0, 12);
    expect(m.resolution).toBeCloseTo(0.09, 12);
    expect(m.uncertainty).toBeCloseTo(0.25, 12);
    expect(m.brier).toBeCloseTo(0.16, 12);
  });

  it("reliability − resolution + uncertainty = mean Brier when each bin holds one probability", () => {
    const scenario = fc.integer({ min: 1, max: 20 }).chain((binCount) =>
      fc.tuple(
        fc.constant(binCount),
        // One probability per bin, kept off the bin edges so rounding cannot move it.
        fc.array(fc.double({ min: 0.1, max: 0.9, noNaN: true }), { minLength: binCount, maxLength: binCount }),
        fc.array(fc.tuple(fc.nat({ max: binCount - 1 }), fc.constantFrom(0, 1)), { minLength: 1, maxLength: 200 }),
      ),
    );
    fc.assert(
      fc.property(scenario, ([binCount, offsets, picks]) => {
        const pairs = picks.map(([k, outcome]) => ({ p: (k + (offsets[k] as number)) / binCount, outcome }));
        const m = murphyDecomposition(pairs, binCount);
        const meanBrier = pairs.reduce((s, { p, outcome }) => s + brierScore(p, outcome), 0) / pairs.length;
        expect(m.brier).toBeCloseTo(meanBrier, 10);
        expect(m.reliability - m.resolution + m.uncertainty).toBeCloseTo(m.brier, 10);
      }),
    );
  });
});
