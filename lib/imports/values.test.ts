import { describe, expect, it } from "vitest";
import { detectDelimiter } from "./csv-read";
import { normaliseDistribution, parseDate, parseProbability } from "./values";

describe("cell values", () => {
  it("reads probabilities as 0–1, percentages and decimal commas", () => {
    expect(parseProbability("0.35")).toBe(0.35);
    expect(parseProbability("0,35")).toBe(0.35);
    expect(parseProbability("35%")).toBe(0.35);
    expect(parseProbability(" 35 % ")).toBe(0.35);
    expect(parseProbability("35")).toBe(0.35);
    expect(parseProbability("1")).toBe(1);
    expect(parseProbability("")).toBeNull();
    expect(parseProbability("=1+1")).toBeNull();
    expect(parseProbability("-0.2")).toBeNull();
    expect(parseProbability("140%")).toBeNull();
  });

  it("reads calendar days as midnight UTC and timestamps as UTC unless they name a zone", () => {
    expect(parseDate("2024-03-01")?.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(parseDate("2024-03-01 14:30")?.toISOString()).toBe("2024-03-01T14:30:00.000Z");
    expect(parseDate("2024-03-01T14:30:00+02:00")?.toISOString()).toBe("2024-03-01T12:30:00.000Z");
    expect(parseDate("2024-02-30")).toBeNull();
    expect(parseDate("01/03/2024")).toBeNull();
    expect(parseDate("yesterday")).toBeNull();
  });

  it("keeps a distribution that fits as entered, and brings one that does not into 0.1%–99.9% summing to 1", () => {
    expect(normaliseDistribution([0.6, 0.3, 0.1])).toEqual([0.6, 0.3, 0.1]);
    const scaled = normaliseDistribution([0.5, 0.5, 0]);
    expect(scaled.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Math.min(...scaled)).toBeGreaterThanOrEqual(0.001 - 1e-12);
    expect(normaliseDistribution([1, 1])).toEqual([0.5, 0.5]);
  });

  it("detects ; as the separator only when the header uses it", () => {
    expect(detectDelimiter("\uFEFFQuestion;Probability;Date\n")).toBe(";");
    expect(detectDelimiter('"Question; with a semicolon",Probability,Date\n')).toBe(",");
  });
});
