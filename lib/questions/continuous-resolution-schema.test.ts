import { describe, expect, it } from "vitest";
import type { ContinuousRange } from "../forecasting/continuous";
import { dateResolutionInput, numericResolutionInput, resolutionValueProblem } from "./continuous-resolution-schema";

const fighters: ContinuousRange = { min: 0, max: 5000, openLower: false, openUpper: true, scale: "linear" };
const raqqa: ContinuousRange = {
  min: Date.UTC(2016, 0, 1),
  max: Date.UTC(2019, 11, 31),
  openLower: false,
  openUpper: false,
  scale: "linear",
};

describe("continuous resolution input", () => {
  it("reads a number or an ISO date", () => {
    expect(numericResolutionInput.parse({ value: 1234 })).toEqual({ value: 1234 });
    expect(dateResolutionInput.parse({ value: "2017-10-17" })).toEqual({ value: Date.UTC(2017, 9, 17) });
    expect(numericResolutionInput.safeParse({ value: "1234" }).error?.issues[0]?.message).toBe(
      "value must be a number",
    );
    expect(dateResolutionInput.safeParse({ value: "soon" }).error?.issues[0]?.message).toBe(
      "value must be a date (YYYY-MM-DD or an ISO timestamp)",
    );
  });

  it("refuses a value beyond a closed bound and accepts one beyond an open bound", () => {
    expect(resolutionValueProblem(-1, fighters)).toBe(
      "value must be at least range.min (0): the lower bound is closed",
    );
    expect(resolutionValueProblem(9000, fighters)).toBeNull();
    expect(resolutionValueProblem(Date.UTC(2020, 5, 1), raqqa, "DATE")).toBe(
      "value must be at most range.max (2019-12-31): the upper bound is closed",
    );
    expect(resolutionValueProblem(Date.UTC(2017, 9, 17), raqqa, "DATE")).toBeNull();
  });
});
