import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { continuousUnit, dateRangeInput, numericRangeInput, toContinuousRange } from "./continuous-range-schema";

const issuesOf = (schema: z.ZodType, input: unknown) =>
  schema
    .safeParse(input)
    .error?.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })) ?? [];

describe("numericRangeInput", () => {
  it("accepts the issue's example and fills the defaults", () => {
    const range = numericRangeInput.parse({ min: 0, max: 5000, openLower: false, openUpper: true, scale: "linear" });
    expect(toContinuousRange(range)).toEqual({ min: 0, max: 5000, openLower: false, openUpper: true, scale: "linear" });
    expect(numericRangeInput.parse({ min: 1, max: 2 })).toEqual({
      min: 1,
      max: 2,
      openLower: false,
      openUpper: false,
      scale: "linear",
    });
  });

  it("names the field at fault", () => {
    expect(issuesOf(numericRangeInput, { min: 10, max: 10 })).toEqual([
      { path: "max", message: "range.max must be greater than range.min" },
    ]);
    expect(issuesOf(numericRangeInput, { min: 0, max: 10, scale: "log" })).toEqual([
      { path: "min", message: "A log scale needs range.min above 0" },
    ]);
    expect(issuesOf(numericRangeInput, { max: 10 })).toEqual([{ path: "min", message: "range.min is required" }]);
    expect(issuesOf(numericRangeInput, { min: "0", max: 10 })).toEqual([
      { path: "min", message: "range.min must be a number" },
    ]);
    expect(issuesOf(numericRangeInput, { min: 0, max: 10, openUpper: "yes" })).toEqual([
      { path: "openUpper", message: "range.openUpper must be true or false" },
    ]);
    expect(issuesOf(numericRangeInput, { min: 0, max: 10, scale: "cubic" })).toEqual([
      { path: "scale", message: "range.scale must be one of linear, log" },
    ]);
    expect(issuesOf(numericRangeInput, { min: 0, max: 10, step: 1 })).toHaveLength(1);
  });

  it("checks the unit's length", () => {
    expect(continuousUnit.parse("  fighters ")).toBe("fighters");
    expect(issuesOf(continuousUnit, "x".repeat(41))).toEqual([
      { path: "", message: "unit must be at most 40 characters" },
    ]);
  });
});

describe("dateRangeInput", () => {
  it("reads ISO bounds and hands the maths epoch milliseconds", () => {
    const range = dateRangeInput.parse({ min: "2017-01-01", max: "2020-12-31", openUpper: true });
    expect(toContinuousRange(range)).toEqual({
      min: Date.UTC(2017, 0, 1),
      max: Date.UTC(2020, 11, 31),
      openLower: false,
      openUpper: true,
      scale: "linear",
    });
  });

  it("names the field at fault", () => {
    expect(issuesOf(dateRangeInput, { min: "2020-01-01", max: "2019-01-01" })).toEqual([
      { path: "max", message: "range.max must be after range.min" },
    ]);
    expect(issuesOf(dateRangeInput, { min: "2020-01-01", max: "soon" })).toEqual([
      { path: "max", message: "range.max must be a date (YYYY-MM-DD or an ISO timestamp)" },
    ]);
    expect(issuesOf(dateRangeInput, { min: "2020-01-01", max: "2021-01-01", scale: "log" })).toEqual([
      { path: "scale", message: 'range.scale must be "linear" for a DATE question' },
    ]);
  });
});
