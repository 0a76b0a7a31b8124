import { describe, expect, it } from "vitest";
import { formatPercent, nounFor } from "./format";

describe("formatPercent", () => {
  it("shows whole percents without a decimal, even when the float is not exact", () => {
    expect(formatPercent(0.28)).toBe("28%");
    expect(formatPercent(0.57)).toBe("57%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(1)).toBe("100%");
  });

  it("keeps one decimal where the number has one", () => {
    expect(formatPercent(0.001)).toBe("0.1%");
    expect(formatPercent(0.1234)).toBe("12.3%");
    expect(formatPercent(0.999)).toBe("99.9%");
  });
});

describe("nounFor", () => {
  it("agrees with the count", () => {
    expect(nounFor(1, "forecast")).toBe("forecast");
    expect(nounFor(0, "forecast")).toBe("forecasts");
    expect(nounFor(2, "analysis", "analyses")).toBe("analyses");
  });
});
