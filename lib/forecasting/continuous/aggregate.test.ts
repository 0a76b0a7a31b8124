import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forecastCdfProblem } from "./cdf-validate";
import { mulberry32 } from "../bench-data";
import { aggregateCdfSeries, medianCdf, recencyWeightedMedianCdf, type CdfLogEntry } from "./aggregate";
import { fanBands, fanSeries } from "./fan";
import { cdfFromMixture } from "./from-mixture";
import { baselineCdf } from "./scores";
import { closedLinear, openLinear, uniformCdf } from "./test-support";

const component = fc.record({
  center: fc.double({ min: -0.3, max: 1.3, noNaN: true }),
  spread: fc.double({ min: 0.001, max: 0.5, noNaN: true }),
  weight: fc.double({ min: 0.1, max: 5, noNaN: true }),
});
const forecast = fc
  .array(component, { minLength: 1, maxLength: 3 })
  .map((components) => cdfFromMixture(components, openLinear));

describe("crowd CDFs", () => {
  it("take the pointwise median", () => {
    const a = cdfFromMixture([{ center: 0.2, spread: 0.05, weight: 1 }], closedLinear);
    const b = uniformCdf();
    const c = cdfFromMixture([{ center: 0.8, spread: 0.05, weight: 1 }], closedLinear);
    const median = medianCdf([a, b, c]);
    for (const i of [0, 40, 100, 160, 200]) {
      expect(median[i]).toBe([a[i], b[i], c[i]].sort((x, y) => (x as number) - (y as number))[1]);
    }
    expect(medianCdf([a, c])[100]).toBeCloseTo(((a[100] as number) + (c[100] as number)) / 2, 15);
  });

  it("stay valid forecasts: a median of valid CDFs keeps the bounds and step limits", () => {
    fc.assert(
      fc.property(fc.array(forecast, { minLength: 1, maxLength: 7 }), (cdfs) => {
        expect(forecastCdfProblem(medianCdf(cdfs), openLinear)).toBeNull();
        expect(forecastCdfProblem(recencyWeightedMedianCdf(cdfs), openLinear)).toBeNull();
      }),
      { seed: 77, numRuns: 60 },
    );
  });

  it("weight recent forecasters more, and equal the plain median for two", () => {
    const low = cdfFromMixture([{ center: 0.2, spread: 0.05, weight: 1 }], closedLinear);
    const high = cdfFromMixture([{ center: 0.8, spread: 0.05, weight: 1 }], closedLinear);
    expect(recencyWeightedMedianCdf([low, high])).toEqual(medianCdf([low, high]));
    // Oldest first, weights 0.48, 0.73, 1: the newest two outweigh the oldest.
    const weighted = recencyWeightedMedianCdf([low, low, high, high]);
    const plain = medianCdf([low, low, high, high]);
    expect(weighted[100]).toBeLessThan(plain[100] as number);
    expect(weighted[100]).toBe(high[100]);
  });

  it("build a series with one point per distinct time and the standing forecasters", () => {
    const a1 = uniformCdf();
    const b1 = cdfFromMixture([{ center: 0.3, spread: 0.1, weight: 1 }], closedLinear);
    const a2 = cdfFromMixture([{ center: 0.6, spread: 0.1, weight: 1 }], closedLinear);
    const series = aggregateCdfSeries(
      [
        { forecasterId: "a", t: 1, cdf: a1 },
        { forecasterId: "b", t: 2, cdf: b1 },
        { forecasterId: "a", t: 2, cdf: a2 },
        { forecasterId: "c", t: 5, cdf: a1 },
      ],
      "median",
    );
    expect(series.map((point) => [point.t, point.n])).toEqual([
      [1, 1],
      [2, 2],
      [5, 3],
    ]);
    expect(series[1]?.cdf).toEqual(medianCdf([b1, a2]));
    expect(series[2]?.cdf).toEqual(medianCdf([b1, a2, a1]));
    const weighted = aggregateCdfSeries([{ forecasterId: "a", t: 1, cdf: a1 }], "recencyWeightedMedian");
    expect(weighted[0]?.cdf).toEqual(a1);
    expect(() => aggregateCdfSeries([], "mean" as never)).toThrow(
      "method must be one of median, recencyWeightedMedian",
    );
  });
});

describe("aggregateCdfSeries against a brute force", () => {
  it("matches re-pooling every standing forecast at every point, on random logs", () => {
    const random = mulberry32(99);
    const pool = Array.from({ length: 12 }, () =>
      cdfFromMixture([{ center: random(), spread: 0.02 + 0.2 * random(), weight: 1 }], openLinear),
    );
    for (let run = 0; run < 5; run++) {
      const log: CdfLogEntry[] = [];
      let t = 0;
      for (let i = 0; i < 60; i++) {
        if (random() < 0.7) t += 1;
        log.push({
          forecasterId: `f${Math.floor(random() * 9)}`,
          t,
          cdf: pool[Math.floor(random() * pool.length)] as number[],
        });
      }
      for (const method of ["median", "recencyWeightedMedian"] as const) {
        const series = aggregateCdfSeries(log, method);
        let k = 0;
        for (let i = 0; i < log.length; i++) {
          if (log[i + 1]?.t === log[i]?.t) continue;
          const standing = new Map<string, number[]>();
          for (const entry of log.slice(0, i + 1)) {
            standing.delete(entry.forecasterId);
            standing.set(entry.forecasterId, entry.cdf as number[]);
          }
          const cdfs = [...standing.values()];
          const expected = method === "median" ? medianCdf(cdfs) : recencyWeightedMedianCdf(cdfs);
          const point = series[k++];
          expect(point?.n).toBe(cdfs.length);
          for (let c = 0; c < 201; c++) expect(point?.cdf[c]).toBeCloseTo(expected[c] as number, 12);
        }
        expect(k).toBe(series.length);
      }
    }
  });
});

describe("fan bands", () => {
  it("are the 5/25/50/75/95th percentiles, at the bound when beyond it", () => {
    const bands = fanBands(uniformCdf(), closedLinear);
    expect(bands.p5).toBeCloseTo(5, 10);
    expect(bands.p25).toBeCloseTo(25, 10);
    expect(bands.p50).toBeCloseTo(50, 10);
    expect(bands.p75).toBeCloseTo(75, 10);
    expect(bands.p95).toBeCloseTo(95, 10);
    const wide = fanBands(cdfFromMixture([{ center: 0.5, spread: 0.5, weight: 1 }], openLinear), openLinear);
    expect(wide.p5).toBe(0);
    expect(wide.p95).toBe(5000);
    expect(fanSeries([{ t: 3, n: 2, cdf: baselineCdf(openLinear) }], openLinear)[0]).toMatchObject({
      t: 3,
      n: 2,
      p50: 2500,
    });
  });
});
