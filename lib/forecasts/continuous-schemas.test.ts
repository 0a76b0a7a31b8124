import { describe, expect, it } from "vitest";
import { forecastCdfProblem, type ContinuousRange } from "../forecasting/continuous";
import { continuousForecastCdf, continuousForecastInput } from "./continuous-schemas";

const numeric = continuousForecastInput("NUMERIC");
const date = continuousForecastInput("DATE");
const fighters: ContinuousRange = { min: 0, max: 5000, openLower: false, openUpper: true, scale: "linear" };
const raqqa: ContinuousRange = {
  min: Date.UTC(2016, 0, 1),
  max: Date.UTC(2019, 11, 31),
  openLower: false,
  openUpper: true,
  scale: "linear",
};
const uniform = Array.from({ length: 201 }, (_, i) => (0.99 * i) / 200);

const issuesOf = (schema: typeof numeric, input: unknown) =>
  schema
    .safeParse(input)
    .error?.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })) ?? [];

describe("continuousForecastInput", () => {
  it("takes exactly one of percentiles and cdf", () => {
    expect(issuesOf(numeric, {})).toEqual([
      {
        path: "percentiles",
        message: 'percentiles are required (at least { "5", "50", "95" }), or a cdf of 201 numbers',
      },
    ]);
    expect(issuesOf(numeric, { cdf: uniform, percentiles: { "5": 1, "50": 2, "95": 3 } })).toEqual([
      { path: "cdf", message: "send percentiles or cdf, not both" },
    ]);
  });

  it("names a malformed CDF's first problem", () => {
    const decreasing = [...uniform];
    decreasing[37] = 0;
    expect(issuesOf(numeric, { cdf: decreasing })[0]?.message).toMatch(/^cdf\[37\] is below cdf\[36\]/);
    expect(issuesOf(numeric, { cdf: uniform.slice(0, 10) })).toEqual([
      { path: "cdf", message: "cdf must have 201 points, got 10" },
    ]);
    expect(issuesOf(numeric, { cdf: "x" })).toEqual([{ path: "cdf", message: "cdf must be a list of 201 numbers" }]);
  });

  it("names missing or unordered percentiles, dates shown as dates", () => {
    expect(issuesOf(numeric, { percentiles: { "5": 10, "95": 900 } })).toEqual([
      { path: "percentiles", message: "percentiles.50 is required (give at least the 5th, 50th and 95th)" },
    ]);
    expect(issuesOf(date, { percentiles: { "5": "2017-10-20", "50": "2017-06-01", "95": "2018-06-01" } })).toEqual([
      { path: "percentiles", message: "percentiles.50 must be greater than percentiles.5 (2017-06-01 <= 2017-10-20)" },
    ]);
    expect(issuesOf(date, { percentiles: { "5": "next year", "50": "2017-06-01", "95": "2018-06-01" } })).toEqual([
      { path: "percentiles", message: "percentiles.5 must be a date (YYYY-MM-DD or an ISO timestamp)" },
    ]);
  });
});

describe("continuousForecastCdf", () => {
  it("stores a valid CDF exactly as sent", () => {
    const input = numeric.parse({ cdf: uniform });
    expect(continuousForecastCdf(input, fighters)).toEqual({ ok: true, cdf: uniform });
  });

  it("refuses a CDF that breaks the question's bounds, naming the problem", () => {
    const input = numeric.parse({ cdf: Array.from({ length: 201 }, (_, i) => i / 200) });
    expect(continuousForecastCdf(input, fighters)).toEqual({
      ok: false,
      issue: {
        path: "cdf",
        message: expect.stringMatching(/^cdf\[200\] must be at most 0.999: the upper bound is open/),
      },
    });
  });

  it("builds the CDF from date percentiles", () => {
    const input = date.parse({ percentiles: { "5": "2017-03-01", "50": "2017-10-17", "95": "2018-06-01" } });
    const result = continuousForecastCdf(input, raqqa, "DATE");
    expect(result.ok).toBe(true);
    if (result.ok) expect(forecastCdfProblem(result.cdf, raqqa)).toBeNull();
  });

  it("refuses percentiles beyond a closed bound, in the question's terms", () => {
    const input = date.parse({ percentiles: { "5": "2015-03-01", "50": "2017-10-17", "95": "2018-06-01" } });
    expect(continuousForecastCdf(input, raqqa, "DATE")).toEqual({
      ok: false,
      issue: {
        path: "percentiles",
        message:
          "percentiles.5 must be above range.min (2016-01-01): the lower bound is closed, so every percentile lies above it",
      },
    });
  });
});
