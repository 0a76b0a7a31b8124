// Scoring a resolution: 10,000 forecasts from 500 forecasters, against the baseline of the
// same relative Brier computed forecaster by forecaster (each re-sweeping everyone else's log,
// as scoring did before relativeBriersOfAll). Vitest prints the ratio between the two.
import { bench, describe } from "vitest";
import { timeAveragedRelativeBrier } from "../forecasting";
import { scoreQuestion, type LoggedForecast } from "./question-scores";

const FORECASTERS = 500;
const FORECASTS = 10_000;
const HOUR = 3_600_000;

function syntheticLog(): LoggedForecast[] {
  let seed = 7;
  const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  return Array.from({ length: FORECASTS }, (_, i) => ({
    userId: `u${Math.floor(random() * FORECASTERS)}`,
    t: i * HOUR,
    probs: [Math.round(random() * 100) / 100],
  }));
}

const log = syntheticLog();
const window = { openAt: 0, closeAt: FORECASTS * HOUR, occurredAt: FORECASTS * HOUR };
let sink = 0;

describe("scoring a 10,000-forecast question from 500 forecasters", () => {
  bench(
    "baseline: relative Brier forecaster by forecaster",
    () => {
      const byUser = new Map<string, { t: number; p: number }[]>();
      for (const entry of log) {
        const list = byUser.get(entry.userId) ?? [];
        list.push({ t: entry.t, p: entry.probs[0]! });
        byUser.set(entry.userId, list);
      }
      for (const [userId, mine] of byUser) {
        const others = Object.fromEntries([...byUser].filter(([id]) => id !== userId));
        sink += timeAveragedRelativeBrier({ mine, others, outcome: 1, openAt: 0, closeAt: window.closeAt }).coverage;
      }
    },
    { iterations: 2, warmupIterations: 0 },
  );

  bench(
    "scoreQuestion (every score, one relative sweep)",
    () => {
      sink += scoreQuestion(log, { kind: "binary", outcome: 1 }, window).length;
    },
    { iterations: 5 },
  );
});

export { sink };
