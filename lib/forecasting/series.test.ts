import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AGGREGATION_METHODS,
  DEFAULT_EXTREMIZING_FACTOR,
  aggregateSeries,
  aggregateSeriesMulti,
  extremizedMeanLogOdds,
  geometricMeanOfOdds,
  mean,
  median,
  recencyWeightedMedian,
  type AggregationMethod,
  type ForecastLogEntry,
} from "./index";

const log: ForecastLogEntry[] = [
  { forecasterId: "A", t: 0, p: 0.2 },
  { forecasterId: "B", t: 1, p: 0.6 },
  { forecasterId: "C", t: 2, p: 0.4 },
  { forecasterId: "A", t: 3, p: 0.8 },
];

function expectSeries(actual: { t: number; p: number; n: number }[], expected: [number, number, number][]): void {
  expect(actual.map((point) => [point.t, point.n])).toEqual(expected.map(([t, , n]) => [t, n]));
  actual.forEach((point, i) => expect(point.p).toBeCloseTo((expected[i] as [number, number, number])[1], 12));
}

describe("aggregateSeries", () => {
  it("mean", () => {
    expectSeries(aggregateSeries(log, "mean"), [
      [0, 0.2, 1],
      [1, 0.4, 2],
      [2, 0.4, 3],
      [3, 0.6, 3],
    ]);
  });

  it("median", () => {
    expectSeries(aggregateSeries(log, "median"), [
      [0, 0.2, 1],
      [1, 0.4, 2],
      [2, 0.4, 3],
      [3, 0.6, 3],
    ]);
  });

  it("geometricMeanOfOdds", () => {
    const p = (odds: number) => odds / (1 + odds);
    expectSeries(aggregateSeries(log, "geometricMeanOfOdds"), [
      [0, 0.2, 1],
      [1, p(Math.sqrt(0.25 * 1.5)), 2],
      [2, p(Math.cbrt(0.25 * 1.5 * (2 / 3))), 3],
      [3, p(Math.cbrt(4 * 1.5 * (2 / 3))), 3],
    ]);
  });

  it("extremized, with the default and an explicit d", () => {
    const p = (odds: number) => odds / (1 + odds);
    const last = (d: number) => p(Math.cbrt(4) ** d);
    const withDefault = aggregateSeries(log, "extremized");
    expect(withDefault.at(-1)?.p).toBeCloseTo(last(DEFAULT_EXTREMIZING_FACTOR), 12);
    const withTwo = aggregateSeries(log, "extremized", { d: 2 });
    expect(withTwo.at(-1)?.p).toBeCloseTo(last(2), 12);
    expect(withTwo[0]?.p).toBeCloseTo(p(0.25 ** 2), 12);
  });

  it("recencyWeightedMedian orders forecasters by their latest forecast", () => {
    const recency: ForecastLogEntry[] = [
      { forecasterId: "A", t: 0, p: 0.1 },
      { forecasterId: "B", t: 1, p: 0.1 },
      { forecasterId: "C", t: 2, p: 0.9 },
      { forecasterId: "D", t: 3, p: 0.9 },
      { forecasterId: "A", t: 4, p: 0.2 },
    ];
    // t=3: oldest-first weights 0.368, 0.557, 0.765, 1 → the two 0.9s hold the majority.
    // t=4: A becomes newest (weight 1): sorted 0.1 (B, 0.368), 0.2 (A, 1) already passes half.
    expectSeries(aggregateSeries(recency, "recencyWeightedMedian"), [
      [0, 0.1, 1],
      [1, 0.1, 2],
      [2, 0.1, 3],
      [3, 0.9, 4],
      [4, 0.2, 4],
    ]);
    expect(aggregateSeries(recency, "median").at(-1)?.p).toBeCloseTo(0.55, 12);
  });

  it("emits one point per distinct time and returns [] for an empty log", () => {
    const sameInstant: ForecastLogEntry[] = [
      { forecasterId: "A", t: 0, p: 0.2 },
      { forecasterId: "B", t: 0, p: 0.4 },
      { forecasterId: "A", t: 5, p: 0.6 },
      { forecasterId: "A", t: 5, p: 0.8 },
    ];
    expectSeries(aggregateSeries(sameInstant, "mean"), [
      [0, 0.3, 2],
      [5, 0.6, 2],
    ]);
    expect(aggregateSeries([], "median")).toEqual([]);
  });

  it("agrees with the standalone aggregates at every point, for every method", () => {
    const logArb = fc
      .array(
        fc.tuple(
          fc.integer({ min: 0, max: 30 }),
          fc.constantFrom("a", "b", "c", "d", "e", "f"),
          fc.double({ min: 0, max: 1, noNaN: true }),
        ),
        { minLength: 1, maxLength: 40 },
      )
      .map((rows) => rows.sort((x, y) => x[0] - y[0]).map(([t, forecasterId, p]) => ({ forecasterId, t, p })));
    const direct: Record<AggregationMethod, (ps: number[]) => number> = {
      mean,
      median,
      geometricMeanOfOdds,
      extremized: (ps) => extremizedMeanLogOdds(ps, 1.7),
      recencyWeightedMedian,
    };
    fc.assert(
      fc.property(logArb, fc.constantFrom(...AGGREGATION_METHODS), (entries, method) => {
        const series = aggregateSeries(entries, method, { d: 1.7 });
        const latest = new Map<string, number>();
        let point = 0;
        entries.forEach((entry, i) => {
          // Deleting first moves the forecaster to the end: Map order = recency order.
          latest.delete(entry.forecasterId);
          latest.set(entry.forecasterId, entry.p);
          if (entries[i + 1]?.t === entry.t) return;
          const expected = series[point++];
          expect(expected?.t).toBe(entry.t);
          expect(expected?.n).toBe(latest.size);
          expect(expected?.p).toBeCloseTo(direct[method]([...latest.values()]), 10);
        });
        expect(point).toBe(series.length);
        const ps = entries.map((e) => e.p);
        if (method !== "extremized" && method !== "geometricMeanOfOdds") {
          for (const { p } of series) {
            expect(p).toBeGreaterThanOrEqual(Math.min(...ps));
            expect(p).toBeLessThanOrEqual(Math.max(...ps));
          }
        }
      }),
    );
  });
});

describe("aggregateSeriesMulti", () => {
  it("pools each option, then renormalizes", () => {
    const series = aggregateSeriesMulti(
      [
        { forecasterId: "A", t: 0, probs: [0.5, 0.3, 0.2] },
        { forecasterId: "B", t: 1, probs: [0.1, 0.1, 0.8] },
        { forecasterId: "C", t: 2, probs: [0.3, 0.6, 0.1] },
      ],
      "median",
    );
    expect(series.map((point) => [point.t, point.n])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    // Medians 0.3, 0.3, 0.2 sum to 0.8.
    const last = series.at(-1)?.probs ?? [];
    [0.375, 0.375, 0.25].forEach((expected, i) => expect(last[i]).toBeCloseTo(expected, 12));
  });

  it("mean needs no rescaling when inputs sum to one", () => {
    const series = aggregateSeriesMulti(
      [
        { forecasterId: "A", t: 0, probs: [0.6, 0.4] },
        { forecasterId: "B", t: 1, probs: [0.2, 0.8] },
      ],
      "mean",
    );
    const last = series.at(-1)?.probs ?? [];
    expect(last[0]).toBeCloseTo(0.4, 12);
    expect(last[1]).toBeCloseTo(0.6, 12);
  });

  it("falls back to uniform when every option pools to zero", () => {
    const series = aggregateSeriesMulti(
      [
        { forecasterId: "A", t: 0, probs: [1, 0, 0] },
        { forecasterId: "B", t: 0, probs: [0, 1, 0] },
        { forecasterId: "C", t: 0, probs: [0, 0, 1] },
      ],
      "median",
    );
    expect(series).toHaveLength(1);
    expect(series[0]?.probs).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it("always returns vectors that sum to one", () => {
    const entryArb = fc.tuple(
      fc.integer({ min: 0, max: 20 }),
      fc.constantFrom("a", "b", "c", "d"),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...AGGREGATION_METHODS),
        (rows, method) => {
          const entries = rows
            .sort((x, y) => x[0] - y[0])
            .map(([t, forecasterId, probs]) => ({ forecasterId, t, probs }));
          for (const point of aggregateSeriesMulti(entries, method)) {
            expect(point.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          }
        },
      ),
    );
  });
});
