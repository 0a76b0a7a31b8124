import { describe, expect, it } from "vitest";
import { continuousCrps, continuousLogScore } from "../forecasting/continuous";
import { scoreDistributions } from "./continuous-scores";

const range = { min: 0, max: 100, openLower: false, openUpper: false, scale: "linear" as const };
const uniform = Array.from({ length: 201 }, (_, i) => i / 200);
// Half the probability on [0, 25], half on [25, 100].
const low = Array.from({ length: 201 }, (_, i) => (i <= 50 ? i / 100 : 0.5 + (i - 50) / 300));

describe("scoreDistributions", () => {
  it("weighs each forecast by how long it stood, and leaves out forecasts after the window", () => {
    const log = [
      { userId: "a", t: 0, cdf: uniform },
      { userId: "a", t: 6, cdf: low },
      { userId: "a", t: 12, cdf: uniform }, // after the event: not scored
    ];
    const [score] = scoreDistributions(log, range, 10, { openAt: 0, closeAt: 20, occurredAt: 9 });
    expect(score!.forecastCount).toBe(2);
    expect(score!.crps).toBeCloseTo(
      (6 * continuousCrps(uniform, range, 10) + 3 * continuousCrps(low, range, 10)) / 9,
      10,
    );
    expect(score!.logScore).toBeCloseTo(
      (6 * continuousLogScore(uniform, range, 10) + 3 * continuousLogScore(low, range, 10)) / 9,
      10,
    );
    expect(score!.coverage).toBe(1);
  });

  it("reports a late forecaster's coverage and scores nobody who forecast only after the window", () => {
    const log = [
      { userId: "early", t: 0, cdf: uniform },
      { userId: "late", t: 5, cdf: low },
      { userId: "after", t: 11, cdf: low },
    ];
    const scores = scoreDistributions(log, range, 10, { openAt: 0, closeAt: 10, occurredAt: 50 });
    expect(scores.map((score) => score.userId)).toEqual(["early", "late"]);
    expect(scores[1]!.coverage).toBeCloseTo(0.5, 10);
    expect(scores[1]!.crps).toBeCloseTo(continuousCrps(low, range, 10), 10);
  });
});
