import { describe, expect, it } from "vitest";
import { MAX_CDF_STEP, MIN_CDF_STEP, forecastCdfProblem, assertForecastCdf } from "./cdf-validate";
import { baselineCdf } from "./scores";
import { closedLinear, openLinear, uniformCdf } from "./test-support";

const problemOf = (cdf: unknown, range = closedLinear) => forecastCdfProblem(cdf, range);

describe("forecastCdfProblem", () => {
  it("accepts the uniform forecast on a closed range and the baseline on an open one", () => {
    expect(problemOf(uniformCdf())).toBeNull();
    expect(problemOf(baselineCdf(openLinear), openLinear)).toBeNull();
  });

  it("names each kind of problem and the point at fault", () => {
    expect(problemOf("nope")).toMatchObject({ code: "not_array" });
    expect(problemOf(uniformCdf().slice(1))).toMatchObject({
      code: "wrong_length",
      message: "cdf must have 201 points, got 200",
    });
    const notNumber: unknown[] = uniformCdf();
    notNumber[12] = "0.06";
    expect(problemOf(notNumber)).toMatchObject({
      code: "not_number",
      index: 12,
      message: 'cdf[12] must be a number, got "0.06"',
    });
    const nan = uniformCdf();
    nan[3] = Number.NaN;
    expect(problemOf(nan)).toMatchObject({ code: "not_number", index: 3 });
    const above = uniformCdf();
    above[200] = 1.2;
    expect(problemOf(above)).toMatchObject({ code: "outside_unit_interval", index: 200 });
    const decreasing = uniformCdf();
    decreasing[37] = (decreasing[36] as number) - 0.001;
    expect(problemOf(decreasing)).toMatchObject({ code: "decreasing", index: 37 });
    expect(problemOf(decreasing)?.message).toMatch(/^cdf\[37\] is below cdf\[36\] .*: a CDF never decreases$/);
  });

  it("requires no probability beyond a closed bound", () => {
    const shifted = uniformCdf().map((p) => 0.01 + 0.98 * p);
    expect(problemOf(shifted)).toMatchObject({ code: "closed_lower_mass", index: 0 });
    shifted[0] = 0;
    expect(problemOf(shifted)).toMatchObject({ code: "closed_upper_mass", index: 200 });
    expect(problemOf(shifted)?.message).toContain("cdf[200] must be 1: the upper bound is closed");
  });

  it("requires at least 0.001 beyond an open bound", () => {
    const range = { ...closedLinear, openLower: true, openUpper: true };
    expect(problemOf(uniformCdf(), range)).toMatchObject({ code: "open_lower_mass" });
    const low = uniformCdf().map((p) => 0.001 + 0.999 * p);
    expect(problemOf(low, range)).toMatchObject({ code: "open_upper_mass" });
    expect(
      problemOf(
        uniformCdf().map((p) => 0.001 + 0.998 * p),
        range,
      ),
    ).toBeNull();
  });

  it("enforces the minimum and maximum step", () => {
    const flat = uniformCdf();
    // Point 100 moves up to point 101: the step 100→101 is 0 and 99→100 is doubled.
    flat[100] = flat[101] as number;
    expect(problemOf(flat)).toMatchObject({ code: "step_too_small", index: 101 });
    const tiny = uniformCdf();
    tiny[100] = (tiny[99] as number) + MIN_CDF_STEP * 0.9;
    expect(problemOf(tiny)).toMatchObject({ code: "step_too_small", index: 100 });
    const justEnough = uniformCdf();
    justEnough[100] = (justEnough[99] as number) + MIN_CDF_STEP;
    expect(problemOf(justEnough)).toBeNull();
    // All mass in two steps: 0.6 > 0.59.
    const spike = uniformCdf().map((_, i) =>
      i < 100 ? (i * 0.2) / 100 : i === 100 ? 0.8 : 0.8 + ((i - 100) * 0.2) / 100,
    );
    expect(problemOf(spike)).toMatchObject({ code: "step_too_large", index: 100 });
    expect(MAX_CDF_STEP).toBe(0.59);
    expect(MIN_CDF_STEP).toBe(0.00005);
  });

  it("throws the same message from assertForecastCdf", () => {
    expect(() => assertForecastCdf([0, 1], closedLinear)).toThrow("cdf must have 201 points, got 2");
  });
});
