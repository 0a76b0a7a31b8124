import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysToEpochMs, epochMsToDays, epochMsToIso, epochMsToIsoDay, isoToEpochMs } from "./dates";
import {
  assertRange,
  fromScalePosition,
  gridValues,
  scalePerUnit,
  toScalePosition,
  type ContinuousRange,
} from "./range";
import { closedLinear, closedLog } from "./test-support";

describe("scale space", () => {
  it("maps a linear range's ends and midpoint", () => {
    expect(toScalePosition(closedLinear, 0)).toBe(0);
    expect(toScalePosition(closedLinear, 100)).toBe(1);
    expect(toScalePosition(closedLinear, 25)).toBe(0.25);
    expect(toScalePosition(closedLinear, -50)).toBe(-0.5);
    expect(fromScalePosition(closedLinear, 0.3)).toBeCloseTo(30, 12);
  });

  it("maps a log range by orders of magnitude", () => {
    expect(toScalePosition(closedLog, 100)).toBeCloseTo(0.5, 12);
    expect(fromScalePosition(closedLog, 0.25)).toBeCloseTo(10, 10);
    expect(() => toScalePosition(closedLog, 0)).toThrow("value must be above 0 on a log scale");
    // dx/dv on a log scale is 1 / (v ln(max/min)).
    expect(scalePerUnit(closedLog, 100)).toBeCloseTo(1 / (100 * Math.log(10_000)), 15);
  });

  it("round-trips any value through scale space", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        fc.double({ min: 1.01, max: 1e6, noNaN: true }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.constantFrom<"linear" | "log">("linear", "log"),
        (min, ratio, x, scale) => {
          const range: ContinuousRange = { min, max: min * ratio, openLower: true, openUpper: true, scale };
          const value = fromScalePosition(range, x);
          expect(toScalePosition(range, value)).toBeCloseTo(x, 9);
        },
      ),
      { seed: 13, numRuns: 200 },
    );
  });

  it("puts 201 grid values from min to max exactly", () => {
    const values = gridValues(closedLog);
    expect(values).toHaveLength(201);
    expect(values[0]).toBe(1);
    expect(values[200]).toBe(10_000);
  });

  it("refuses bad ranges with a message naming the field", () => {
    expect(() => assertRange("range", { ...closedLinear, max: 0 })).toThrow("range.max must be greater than range.min");
    expect(() => assertRange("range", { ...closedLinear, scale: "log" })).toThrow(
      "range.min must be above 0 on a log scale",
    );
    expect(() => assertRange("range", { ...closedLinear, scale: "cubic" })).toThrow(
      'range.scale must be "linear" or "log"',
    );
    expect(() => assertRange("range", { ...closedLinear, min: Number.NaN })).toThrow(
      "range.min must be a finite number",
    );
  });
});

describe("dates", () => {
  it("reads ISO dates as UTC midnight and back", () => {
    const ms = isoToEpochMs("2019-03-23");
    expect(ms).toBe(Date.UTC(2019, 2, 23));
    expect(epochMsToIso(ms)).toBe("2019-03-23T00:00:00.000Z");
    expect(epochMsToIsoDay(ms + 3_600_000)).toBe("2019-03-23");
    expect(epochMsToDays(ms)).toBe(17_978);
    expect(daysToEpochMs(17_978)).toBe(ms);
  });

  it("refuses what is not an ISO date", () => {
    expect(() => isoToEpochMs("March 3", "range.min")).toThrow("range.min must be an ISO date");
    expect(() => isoToEpochMs("2019-02-30T99:00", "range.min")).toThrow("range.min must be a valid date");
  });
});
