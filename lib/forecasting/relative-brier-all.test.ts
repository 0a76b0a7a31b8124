import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relativeBriersOfAll, relativeBriersOfAllInSlices } from "./relative-brier-all";
import { timeAveragedRelativeBrier } from "./relative-brier";

const CLOSE = 1_000;

// Forecasters with a few forecasts each at integer times (so ties between and within logs occur).
const logs = fc.array(
  fc
    .array(fc.record({ t: fc.integer({ min: 0, max: 1_200 }), p: fc.constantFrom(0, 0.1, 0.25, 0.5, 0.7, 0.9, 1) }), {
      minLength: 1,
      maxLength: 6,
    })
    .map((log) => [...log].sort((a, b) => a.t - b.t)),
  { minLength: 1, maxLength: 9 },
);

describe("relativeBriersOfAll", () => {
  it("equals timeAveragedRelativeBrier computed forecaster by forecaster", () => {
    fc.assert(
      fc.property(logs, fc.constantFrom(0, 1), (forecasters, outcome) => {
        const brier = (p: number) => (p - outcome) ** 2;
        const all = relativeBriersOfAll(
          forecasters.map((log) => log.map((f) => ({ t: f.t, score: brier(f.p) }))),
          CLOSE,
        );
        forecasters.forEach((mine, index) => {
          const others = Object.fromEntries(
            forecasters.flatMap((log, other) => (other === index ? [] : [[`f${other}`, log]])),
          );
          const one = timeAveragedRelativeBrier({ mine, others, outcome, openAt: 0, closeAt: CLOSE }).relativeBrier;
          if (one === null) expect(all[index]).toBeNull();
          else expect(all[index]).toBeCloseTo(one, 12);
        });
      }),
      { numRuns: 400 },
    );
  });

  it("scores the interval after simultaneous forecasts with all of them applied", () => {
    // A at 0.2 from t=0; B at 0.6 from t=0 then 0.4 at t=500 (outcome 0: Briers 0.04, 0.36, 0.16).
    const [a, b] = relativeBriersOfAll(
      [
        [{ t: 0, score: 0.04 }],
        [
          { t: 0, score: 0.36 },
          { t: 500, score: 0.16 },
        ],
      ],
      CLOSE,
    );
    expect(a).toBeCloseTo((0.04 - 0.36) / 2 + (0.04 - 0.16) / 2, 12);
    expect(b).toBeCloseTo((0.36 - 0.04) / 2 + (0.16 - 0.04) / 2, 12);
  });

  it("gives null to whoever never overlapped anyone, and refuses unsorted logs", () => {
    expect(relativeBriersOfAll([[{ t: 0, score: 0.1 }]], CLOSE)).toEqual([null]);
    expect(relativeBriersOfAll([[{ t: 0, score: 0.1 }], [{ t: CLOSE, score: 0.2 }]], CLOSE)).toEqual([null, null]);
    expect(() =>
      relativeBriersOfAll(
        [
          [
            { t: 5, score: 0.1 },
            { t: 1, score: 0.1 },
          ],
        ],
        CLOSE,
      ),
    ).toThrow(RangeError);
  });

  it("in slices gives the same numbers, pausing between slices on a large question", async () => {
    // 400 forecasters with 20 forecasts each, every forecast at its own time.
    const big = Array.from({ length: 400 }, (_, who) =>
      Array.from({ length: 20 }, (_, i) => ({ t: i * 400 + who, score: ((who * 7 + i * 13) % 100) / 100 })),
    );
    let pauses = 0;
    const sliced = await relativeBriersOfAllInSlices(big, 10_000, async () => {
      pauses++;
    });
    expect(sliced).toEqual(relativeBriersOfAll(big, 10_000));
    expect(pauses).toBeGreaterThan(10);
  });
});
