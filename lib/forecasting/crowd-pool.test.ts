import { describe, expect, it } from "vitest";
import { AGGREGATION_METHODS, aggregateSeries, aggregateSeriesMulti, CrowdPool } from "./index";
import { mulberry32 } from "./bench-data";

type Entry = { forecasterId: string; t: number; probs: number[] };

function randomLog(seed: number, length: number, forecasters: number, options: number): Entry[] {
  const random = mulberry32(seed);
  return Array.from({ length }, (_, t) => {
    const raw = Array.from({ length: options }, () => random() + 0.01);
    const total = raw.reduce((a, b) => a + b, 0);
    const probs = options === 1 ? [random() ** 3] : raw.map((v) => v / total);
    return { forecasterId: `f${Math.floor(random() * forecasters)}`, t, probs };
  });
}

describe("CrowdPool", () => {
  it("gives, after each forecast, exactly the point the library's series gives", () => {
    for (const options of [1, 3]) {
      const log = randomLog(7 + options, 300, 40, options);
      const pool = new CrowdPool(options);
      const seen = log.map((entry) => {
        pool.set(entry.forecasterId, entry.probs);
        return pool.values();
      });
      for (const method of AGGREGATION_METHODS) {
        const expected =
          options === 1
            ? aggregateSeries(
                log.map(({ forecasterId, t, probs }) => ({ forecasterId, t, p: probs[0]! })),
                method,
              ).map((point) => [point.p])
            : aggregateSeriesMulti(log, method).map((point) => point.probs);
        expect(seen.map((values) => values[method])).toEqual(expected);
      }
    }
  });

  it("depends only on each forecaster's latest forecast, not on the history before it", () => {
    for (const options of [1, 4]) {
      const log = randomLog(99 + options, 20_000, 60, options);
      const replayed = new CrowdPool(options);
      for (const entry of log) replayed.set(entry.forecasterId, entry.probs);

      const latest = new Map<string, Entry>();
      for (const entry of log) {
        latest.delete(entry.forecasterId);
        latest.set(entry.forecasterId, entry);
      }
      const fresh = new CrowdPool(options);
      for (const entry of latest.values()) fresh.set(entry.forecasterId, entry.probs);

      expect(fresh.size).toBe(replayed.size);
      expect(fresh.values()).toEqual(replayed.values());
    }
  });

  it("refuses a probability out of range, a vector of the wrong length and an empty pool", () => {
    expect(() => new CrowdPool(1).set("a", [1.5])).toThrow(/probs\[0\] must be a number in \[0, 1\]/);
    expect(() => new CrowdPool(3).set("a", [0.5, 0.5])).toThrow(RangeError);
    expect(() => new CrowdPool(2).values()).toThrow(/no forecast yet/);
  });
});
