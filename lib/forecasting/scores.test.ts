import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { baselineScore, brierScore, logScore, multiBrierScore, peerScore, peerScoresOfAll } from "./index";

const TOLERANCE = 1e-9;
const probability = fc.double({ min: 0, max: 1, noNaN: true });

/** A probability vector with every entry in [0.001, 0.999], so clamping never bites. */
function simplex(k: number): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: k, maxLength: k }).map((raw) => {
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((w) => 0.001 + (1 - 0.001 * k) * (w / total));
  });
}

describe("brierScore", () => {
  it("is the squared error", () => {
    expect(brierScore(0.8, 0)).toBeCloseTo(0.64, 12);
    expect(brierScore(0.8, 1)).toBeCloseTo(0.04, 12);
    expect(brierScore(1, 1)).toBe(0);
    expect(brierScore(0, 1)).toBe(1);
  });
});

describe("multiBrierScore", () => {
  it("sums squared errors over options (range 0–2)", () => {
    expect(multiBrierScore([0.5, 0.3, 0.2], 0)).toBeCloseTo(0.25 + 0.09 + 0.04, 12);
    expect(multiBrierScore([0, 1], 0)).toBe(2);
    expect(multiBrierScore([1, 0, 0], 0)).toBe(0);
  });

  it("on two options is twice the binary Brier score", () => {
    fc.assert(
      fc.property(probability, fc.constantFrom(0, 1), (p, outcome) => {
        expect(multiBrierScore([1 - p, p], outcome)).toBeCloseTo(2 * brierScore(p, outcome), 12);
      }),
    );
  });
});

describe("logScore", () => {
  it("is the log of the probability given to what happened, clamped", () => {
    expect(logScore(0.8, 1)).toBeCloseTo(Math.log(0.8), 12);
    expect(logScore(0.8, 0)).toBeCloseTo(Math.log(0.2), 12);
    expect(logScore(1, 0)).toBeCloseTo(Math.log(0.001), 12);
    expect(logScore(0, 0)).toBeCloseTo(Math.log(0.999), 12);
  });
});

describe("baselineScore", () => {
  it("matches the published Metaculus values", () => {
    expect(baselineScore(0.9, 2)).toBeCloseTo(84.79969066, 8);
    expect(baselineScore(0.1, 2)).toBeCloseTo(-232.19280949, 8);
    expect(baselineScore(2 ** -0.5, 2)).toBeCloseTo(50, 8);
  });

  it("is 0 for the uniform forecast and clamps certainty", () => {
    expect(baselineScore(1 / 3, 3)).toBeCloseTo(0, 12);
    expect(baselineScore(0.25, 4)).toBeCloseTo(0, 12);
    expect(baselineScore(1, 2)).toBeCloseTo(100 * Math.log2(1.998), 10);
  });
});

describe("peerScore", () => {
  it("compares with the geometric mean of the others", () => {
    expect(peerScore(0.8, [0.8])).toBeCloseTo(0, 12);
    // Geometric mean of 0.4 and 0.1 is 0.2, so the score is 100 · ln 4.
    expect(peerScore(0.8, [0.4, 0.1])).toBeCloseTo(100 * Math.log(4), 10);
    expect(peerScore(0.1, [0.4, 0.1])).toBeCloseTo(100 * Math.log(0.5), 10);
  });

  it("for everyone at once equals each against all the others", () => {
    fc.assert(
      fc.property(fc.array(probability, { minLength: 1, maxLength: 40 }), (finals) => {
        const all = peerScoresOfAll(finals);
        expect(all).toHaveLength(finals.length);
        finals.forEach((p, i) => {
          const others = finals.filter((_, j) => j !== i);
          if (others.length === 0) expect(all[i]).toBeNull();
          else expect(all[i]).toBeCloseTo(peerScore(p, others), 6);
        });
      }),
    );
  });
});

describe("propriety (expected score is best when reporting the true probability)", () => {
  const pair = fc.tuple(probability, probability).filter(([q, r]) => q !== r);

  it("binary Brier", () => {
    fc.assert(
      fc.property(pair, ([q, r]) => {
        const expected = (x: number) => q * brierScore(x, 1) + (1 - q) * brierScore(x, 0);
        expect(expected(r)).toBeGreaterThanOrEqual(expected(q) - TOLERANCE);
      }),
    );
  });

  it("log score", () => {
    fc.assert(
      fc.property(pair, ([q, r]) => {
        const expected = (x: number) => q * logScore(x, 1) + (1 - q) * logScore(x, 0);
        expect(expected(r)).toBeLessThanOrEqual(expected(q) + TOLERANCE);
      }),
    );
  });

  it("baseline score on a binary question", () => {
    fc.assert(
      fc.property(pair, ([q, r]) => {
        const expected = (x: number) => q * baselineScore(x, 2) + (1 - q) * baselineScore(1 - x, 2);
        expect(expected(r)).toBeLessThanOrEqual(expected(q) + TOLERANCE);
      }),
    );
  });

  it("multiple-choice Brier and baseline score", () => {
    const vectors = fc.integer({ min: 2, max: 6 }).chain((k) => fc.tuple(simplex(k), simplex(k)));
    fc.assert(
      fc.property(vectors, ([q, r]) => {
        const k = q.length;
        const expectedBrier = (x: number[]) => q.reduce((s, qi, i) => s + qi * multiBrierScore(x, i), 0);
        const expectedBaseline = (x: number[]) => q.reduce((s, qi, i) => s + qi * baselineScore(x[i] as number, k), 0);
        expect(expectedBrier(r)).toBeGreaterThanOrEqual(expectedBrier(q) - TOLERANCE);
        expect(expectedBaseline(r)).toBeLessThanOrEqual(expectedBaseline(q) + TOLERANCE);
      }),
    );
  });
});
