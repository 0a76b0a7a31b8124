import { describe, expect, it } from "vitest";
import { formatTick, questionSpan, timeTicks } from "./time-axis";

const at = (iso: string) => Date.parse(iso);
const labels = (domain: [number, number], count = 5) => {
  const { ticks, unit } = timeTicks(domain, count);
  return ticks.map((t) => formatTick(t, unit));
};

describe("time ticks", () => {
  it("tells the hours of a one-day history apart", () => {
    const shown = labels([at("2026-03-01T00:00:00Z"), at("2026-03-02T00:00:00Z")]);
    expect(shown).toEqual(["1 Mar, 00:00", "1 Mar, 06:00", "1 Mar, 12:00", "1 Mar, 18:00", "2 Mar, 00:00"]);
  });

  it("labels a two-month span by day, with the year when it crosses one", () => {
    expect(labels([at("2026-03-01T00:00:00Z"), at("2026-05-01T00:00:00Z")])[0]).toBe("1 Mar");
    expect(labels([at("2025-12-01T00:00:00Z"), at("2026-02-01T00:00:00Z")])[0]).toBe("1 Dec 25");
  });

  it("labels a decade by year and never repeats a label", () => {
    const shown = labels([at("2017-01-01T00:00:00Z"), at("2026-01-01T00:00:00Z")], 6);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).toEqual(["2018", "2020", "2022", "2024", "2026"]);
  });

  it("puts ticks on whole hours, never at the odd minute a question opened", () => {
    const shown = labels([at("2026-11-29T06:47:13Z"), at("2026-11-29T10:12:00Z")]);
    expect(shown).toEqual(["29 Nov, 07:00", "29 Nov, 08:00", "29 Nov, 09:00", "29 Nov, 10:00"]);
  });

  it("steps by minutes inside a short hour and by Mondays over a month", () => {
    expect(labels([at("2026-11-29T06:47:00Z"), at("2026-11-29T07:47:00Z")])).toEqual([
      "29 Nov, 07:00",
      "29 Nov, 07:15",
      "29 Nov, 07:30",
      "29 Nov, 07:45",
    ]);
    const weekly = timeTicks([at("2026-11-01T00:00:00Z"), at("2026-11-29T00:00:00Z")], 5).ticks;
    expect(weekly.map((t) => new Date(t).getUTCDay())).toEqual([1, 1, 1, 1]);
  });

  it("keeps every tick inside the span, at any span from minutes to a century", () => {
    const start = at("2019-07-13T05:21:00Z");
    for (const span of [600_000, 3_600_000, 86_400_000, 9 * 86_400_000, 400 * 86_400_000, 40 * 365 * 86_400_000]) {
      const { ticks } = timeTicks([start, start + span], 5);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(5);
      for (const t of ticks) expect(t >= start && t <= start + span).toBe(true);
    }
  });

  it("drops a tick whose label would repeat its neighbour's", () => {
    const shown = labels([at("2026-01-01T00:00:00Z"), at("2027-06-01T00:00:00Z")], 12);
    expect(new Set(shown).size).toBe(shown.length);
  });
});

describe("the question's span", () => {
  const open = at("2026-03-01T00:00:00Z");
  const close = at("2026-06-01T00:00:00Z");

  it("runs from the open date to now while the question is open", () => {
    expect(questionSpan(open, close, at("2026-04-01T00:00:00Z"), [])).toEqual([open, at("2026-04-01T00:00:00Z")]);
  });

  it("ends at the close once it has passed, or at a later resolution", () => {
    expect(questionSpan(open, close, at("2027-01-01T00:00:00Z"), [])).toEqual([open, close]);
    const resolved = at("2026-07-01T00:00:00Z");
    expect(questionSpan(open, close, at("2027-01-01T00:00:00Z"), [resolved])).toEqual([open, resolved]);
  });

  it("is at least an hour long, so today's first forecasts are not squeezed against a day ahead", () => {
    expect(questionSpan(open, close, open + 1000, [])).toEqual([open, open + 3_600_000]);
    expect(questionSpan(open, close, open + 5 * 3_600_000, [])).toEqual([open, open + 5 * 3_600_000]);
  });
});
