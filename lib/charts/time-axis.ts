// The history chart's time axis: the span of the question's life, and date ticks that read
// differently from one another at every span, from a few hours to a decade.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const formats = {
  hour: new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  }),
  day: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }),
  dayYear: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }),
  year: new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" }),
};

export type TickUnit = keyof typeof formats;

/** The coarsest unit whose labels still tell evenly spaced ticks apart. */
export function tickUnit([start, end]: [number, number], count: number): TickUnit {
  const step = (end - start) / Math.max(count - 1, 1);
  if (step < DAY) return "hour";
  if (step < 28 * DAY) {
    const sameYear = new Date(start).getUTCFullYear() === new Date(end).getUTCFullYear();
    return sameYear ? "day" : "dayYear";
  }
  if (step < 360 * DAY) return "month";
  return "year";
}

/** Evenly spaced ticks whose labels all differ (equal neighbours are dropped). */
export function timeTicks(domain: [number, number], count: number): { ticks: number[]; unit: TickUnit } {
  const unit = tickUnit(domain, count);
  const step = (domain[1] - domain[0]) / Math.max(count - 1, 1);
  const ticks: number[] = [];
  let lastLabel = "";
  for (let i = 0; i < count; i++) {
    const t = Math.round(domain[0] + i * step);
    const label = formatTick(t, unit);
    if (label === lastLabel) continue;
    ticks.push(t);
    lastLabel = label;
  }
  return { ticks, unit };
}

export function formatTick(t: number, unit: TickUnit): string {
  return formats[unit].format(new Date(t));
}

/**
 * The chart spans the question's life: from its open date to its close, or to now while it is
 * open; a forecast or resolution after that widens it. At least a day, so a new question's first
 * forecast is not drawn on a zero-width axis.
 */
export function questionSpan(openAt: number, closeAt: number, now: number, later: number[]): [number, number] {
  const end = Math.max(Math.min(now, closeAt), ...later);
  return [openAt, Math.max(end, openAt + DAY)];
}
