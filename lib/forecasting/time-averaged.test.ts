import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  brierScore,
  coverage,
  median,
  timeAveragedBrier,
  timeAveragedMultiBrier,
  timeAveragedRelativeBrier,
  timeAveragedRelativeMultiBrier,
  type TimedForecast,
} from "./index";

describe("timeAveragedBrier", () => {
  it("reproduces the Good Judgment example: 80% for 6 days, then 40% for 3, event did not happen", () => {
    const forecasts = [
      { t: 0, p: 0.8 },
      { t: 6, p: 0.4 },
    ];
    // (6 · 0.8² + 3 · 0.4²) / 9 = (3.84 + 0.48) / 9
    expect(timeAveragedBrier(forecasts, 0, 9)).toBeCloseTo(0.48, 12);
    // Without the update the score would have been 0.64.
    expect(timeAveragedBrier([{ t: 0, p: 0.8 }], 0, 9)).toBeCloseTo(0.64, 12);
  });

  it("on GJ Open's two-outcome scale the same forecasts score twice as much", () => {
    const forecasts = [
      { t: 0, probs: [0.8, 0.2] },
      { t: 6, probs: [0.4, 0.6] },
    ];
    expect(timeAveragedMultiBrier(forecasts, 1, 9)).toBeCloseTo(0.96, 12);
  });

  it("ignores forecasts made at or after closeAt and lets same-instant forecasts supersede", () => {
    const forecasts = [
      { t: 0, p: 0.1 },
      { t: 0, p: 0.8 },
      { t: 6, p: 0.4 },
      { t: 9, p: 0 },
      { t: 12, p: 1 },
    ];
    expect(timeAveragedBrier(forecasts, 0, 9)).toBeCloseTo(0.48, 12);
  });

  it("falls back to the last forecast's Brier when closeAt is not after the first forecast", () => {
    const forecasts = [
      { t: 5, p: 0.3 },
      { t: 7, p: 0.9 },
    ];
    expect(timeAveragedBrier(forecasts, 1, 5)).toBeCloseTo(0.01, 12);
    expect(timeAveragedBrier(forecasts, 1, 2)).toBeCloseTo(0.01, 12);
  });

  it("of a single forecast is that forecast's Brier, and always lies between the extremes", () => {
    const log = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true })), {
        minLength: 1,
        maxLength: 20,
      })
      .map((rows) => rows.sort((a, b) => a[0] - b[0]).map(([t, p]) => ({ t, p })));
    fc.assert(
      fc.property(log, fc.constantFrom(0, 1), fc.integer({ min: 0, max: 150 }), (forecasts, outcome, closeAt) => {
        const scores = forecasts.map((f) => brierScore(f.p, outcome));
        const value = timeAveragedBrier(forecasts, outcome, closeAt);
        expect(value).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-12);
        expect(value).toBeLessThanOrEqual(Math.max(...scores) + 1e-12);
        const only = forecasts[0] as TimedForecast;
        expect(timeAveragedBrier([only], outcome, closeAt)).toBeCloseTo(brierScore(only.p, outcome), 12);
      }),
    );
  });
});

describe("timeAveragedMultiBrier", () => {
  it("holds each vector until the next", () => {
    const forecasts = [
      { t: 0, probs: [1, 0, 0] },
      { t: 5, probs: [0, 1, 0] },
    ];
    expect(timeAveragedMultiBrier(forecasts, 0, 10)).toBeCloseTo(1, 12);
    // Option 2 never got any probability: 1 + 0 + 1 = 2 throughout.
    expect(timeAveragedMultiBrier(forecasts, 2, 10)).toBeCloseTo(2, 12);
    expect(timeAveragedMultiBrier(forecasts, 1, 10)).toBeCloseTo(1, 12);
  });
});

describe("coverage", () => {
  it("is the share of the window from the first forecast on", () => {
    expect(coverage(25, 0, 100)).toBeCloseTo(0.75, 12);
    expect(coverage(-5, 0, 100)).toBe(1);
    expect(coverage(100, 0, 100)).toBe(0);
    expect(coverage(150, 0, 100)).toBe(0);
  });
});

describe("timeAveragedRelativeBrier", () => {
  const mine = [{ t: 2, p: 0.9 }]; // Brier 0.01 when the event happens.
  const others = {
    a: [{ t: 0, p: 0.5 }], // 0.25
    b: [
      { t: 4, p: 0.7 }, // 0.09
      { t: 8, p: 0.1 }, // 0.81
    ],
  };

  it("averages your Brier minus the others' median over your covered span", () => {
    // [2,4): 0.01 − 0.25 = −0.24 (×2); [4,8): median 0.17 → −0.16 (×4); [8,10): median 0.53 → −0.52 (×2)
    // (−0.48 − 0.64 − 1.04) / 8 = −0.27
    const result = timeAveragedRelativeBrier({ mine, others, outcome: 1, openAt: 0, closeAt: 10 });
    expect(result.relativeBrier).toBeCloseTo(-0.27, 12);
    expect(result.coverage).toBeCloseTo(0.8, 12);
  });

  it("accepts a Map as well as a record", () => {
    const asMap = new Map(Object.entries(others));
    const result = timeAveragedRelativeBrier({ mine, others: asMap, outcome: 1, openAt: 0, closeAt: 10 });
    expect(result.relativeBrier).toBeCloseTo(-0.27, 12);
  });

  it("leaves moments with no other forecaster out of the average instead of counting them as zero", () => {
    const late = { c: [{ t: 6, p: 0.5 }] };
    const result = timeAveragedRelativeBrier({ mine, others: late, outcome: 1, openAt: 0, closeAt: 10 });
    // Only [6,10) counts: 0.01 − 0.25. Counting [2,6) as zero would give −0.12.
    expect(result.relativeBrier).toBeCloseTo(-0.24, 12);
  });

  it("follows your own updates", () => {
    const result = timeAveragedRelativeBrier({
      mine: [
        { t: 0, p: 0.5 },
        { t: 5, p: 1 },
      ],
      others: { d: [{ t: 0, p: 0.5 }] },
      outcome: 1,
      openAt: 0,
      closeAt: 10,
    });
    // [0,5): 0; [5,10): 0 − 0.25.
    expect(result.relativeBrier).toBeCloseTo(-0.125, 12);
    expect(result.coverage).toBe(1);
  });

  it("is null without overlap, with coverage still reported", () => {
    expect(timeAveragedRelativeBrier({ mine, others: {}, outcome: 1, openAt: 0, closeAt: 10 })).toEqual({
      relativeBrier: null,
      coverage: 0.8,
    });
    const afterClose = { e: [{ t: 12, p: 0.5 }], f: [] };
    expect(
      timeAveragedRelativeBrier({ mine, others: afterClose, outcome: 1, openAt: 0, closeAt: 10 }).relativeBrier,
    ).toBeNull();
    const tooLate = timeAveragedRelativeBrier({
      mine: [{ t: 11, p: 0.9 }],
      others,
      outcome: 1,
      openAt: 0,
      closeAt: 10,
    });
    expect(tooLate).toEqual({ relativeBrier: null, coverage: 0 });
  });

  it("is 0 against forecasters identical to you, and matches a unit-step brute force", () => {
    const logArb = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 5 })
      .map((rows) => rows.sort((a, b) => a[0] - b[0]).map(([t, p]) => ({ t, p })));
    const mineArb = logArb.filter((log) => log.length > 0);
    fc.assert(
      fc.property(
        mineArb,
        fc.array(logArb, { maxLength: 4 }),
        fc.constantFrom(0, 1),
        fc.integer({ min: 1, max: 25 }),
        (myLog, otherLogs, outcome, closeAt) => {
          const othersRecord = Object.fromEntries(otherLogs.map((log, i) => [`u${i}`, log]));
          const result = timeAveragedRelativeBrier({ mine: myLog, others: othersRecord, outcome, openAt: 0, closeAt });

          // All times are integers, so the state is constant on every [u, u + 1).
          const latest = (log: TimedForecast[], u: number) => log.filter((f) => f.t <= u).at(-1);
          let sum = 0;
          let covered = 0;
          for (let u = (myLog[0] as TimedForecast).t; u < closeAt; u++) {
            const mineNow = latest(myLog, u) as TimedForecast;
            const crowd = otherLogs.map((log) => latest(log, u)).filter((f) => f !== undefined);
            if (crowd.length === 0) continue;
            sum += brierScore(mineNow.p, outcome) - median(crowd.map((f) => brierScore(f.p, outcome)));
            covered += 1;
          }
          if (covered === 0) expect(result.relativeBrier).toBeNull();
          else expect(result.relativeBrier).toBeCloseTo(sum / covered, 10);

          const twins = timeAveragedRelativeBrier({
            mine: myLog,
            others: { twin: myLog },
            outcome,
            openAt: 0,
            closeAt,
          });
          if (twins.relativeBrier !== null) expect(twins.relativeBrier).toBeCloseTo(0, 12);
        },
      ),
    );
  });
});

describe("timeAveragedRelativeMultiBrier", () => {
  it("uses the multiple-choice Brier score", () => {
    const result = timeAveragedRelativeMultiBrier({
      mine: [{ t: 0, probs: [0.6, 0.3, 0.1] }], // 0.16 + 0.09 + 0.01 = 0.26
      others: {
        x: [{ t: 0, probs: [1 / 3, 1 / 3, 1 / 3] }], // 4/9 + 1/9 + 1/9 = 2/3
        y: [{ t: 5, probs: [1, 0, 0] }], // 0
      },
      outcomeIndex: 0,
      openAt: 0,
      closeAt: 10,
    });
    // [0,5): 0.26 − 2/3; [5,10): 0.26 − median(2/3, 0) = 0.26 − 1/3.
    expect(result.relativeBrier).toBeCloseTo((0.26 - 2 / 3 + (0.26 - 1 / 3)) / 2, 12);
    expect(result.coverage).toBe(1);
  });
});
