// The history chart's time axis: the span of the question's life, and date ticks that read
// differently from one another at every span, from a few hours to a decade.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MIN_SPAN = HOUR;

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

type Step = { unit: "minute" | "hour" | "day" | "semimonth" | "month" | "year"; size: number };

// Candidate tick steps, finest first: each lands on a calendar boundary (a whole hour, midnight,
// the 1st and 15th, the first of a month or of a year), so ticks read "06:00", never "06:47".
const STEPS: Step[] = [
  ...[5, 10, 15, 30].map((size) => ({ unit: "minute" as const, size })),
  ...[1, 2, 3, 6, 12].map((size) => ({ unit: "hour" as const, size })),
  ...[1, 2, 7].map((size) => ({ unit: "day" as const, size })),
  { unit: "semimonth", size: 1 },
  ...[1, 2, 3, 6].map((size) => ({ unit: "month" as const, size })),
  ...[1, 2, 5, 10, 20, 50, 100].map((size) => ({ unit: "year" as const, size })),
];

/** Every boundary of one step inside [start, end], or null once there are more than `limit`. */
function boundaries(step: Step, [start, end]: [number, number], limit: number): number[] | null {
  const ticks: number[] = [];
  const push = (t: number) => {
    if (t >= start && t <= end) ticks.push(t);
    return ticks.length <= limit;
  };
  const first = new Date(start);
  const y = first.getUTCFullYear();
  const m = first.getUTCMonth();
  if (step.unit === "minute" || step.unit === "hour") {
    const size = step.size * (step.unit === "minute" ? 60_000 : HOUR);
    for (let t = Math.ceil(start / size) * size; t <= end; t += size) if (!push(t)) return null;
  } else if (step.unit === "day") {
    // Weekly ticks fall on Mondays; the epoch (1 Jan 1970) was a Thursday, hence the offset.
    const offset = step.size === 7 ? 4 * DAY : 0;
    const size = step.size * DAY;
    for (let t = Math.ceil((start - offset) / size) * size + offset; t <= end; t += size) if (!push(t)) return null;
  } else if (step.unit === "semimonth") {
    for (let i = 0; ; i++) {
      const t = Date.UTC(y, m + Math.floor(i / 2), i % 2 === 0 ? 1 : 15);
      if (t > end) break;
      if (!push(t)) return null;
    }
  } else if (step.unit === "month") {
    for (let month = Math.floor(m / step.size) * step.size; ; month += step.size) {
      const t = Date.UTC(y, month, 1);
      if (t > end) break;
      if (!push(t)) return null;
    }
  } else {
    for (let year = Math.floor(y / step.size) * step.size; ; year += step.size) {
      const t = Date.UTC(year, 0, 1);
      if (t > end) break;
      if (!push(t)) return null;
    }
  }
  return ticks;
}

function labelUnit(step: Step, [start, end]: [number, number]): TickUnit {
  if (step.unit === "minute" || step.unit === "hour") return "hour";
  if (step.unit === "day" || step.unit === "semimonth") {
    return new Date(start).getUTCFullYear() === new Date(end).getUTCFullYear() ? "day" : "dayYear";
  }
  return step.unit === "month" ? "month" : "year";
}

/**
 * At most `count` ticks on calendar boundaries, as many as fit: the finest step that does not
 * crowd the axis. Labels of neighbouring ticks always differ, because each unit's label shows the
 * step's own field (the hour, the day, the month, the year).
 */
export function timeTicks(domain: [number, number], count: number): { ticks: number[]; unit: TickUnit } {
  for (const step of STEPS) {
    const ticks = boundaries(step, domain, count);
    if (ticks && ticks.length >= 2) return { ticks, unit: labelUnit(step, domain) };
  }
  // A span shorter than the finest step with two boundaries: its two ends.
  return { ticks: [domain[0], domain[1]], unit: "hour" };
}

export function formatTick(t: number, unit: TickUnit): string {
  return formats[unit].format(new Date(t));
}

/**
 * The chart spans the question's life: from its open date to its close, or to now while it is
 * open; a forecast or resolution after that widens it. At least an hour, so a new question's first
 * forecast is not drawn on a zero-width axis (a day would push today's forecasts into the left
 * half of an axis that runs into tomorrow).
 */
export function questionSpan(openAt: number, closeAt: number, now: number, later: number[]): [number, number] {
  const end = Math.max(Math.min(now, closeAt), ...later);
  return [openAt, Math.max(end, openAt + MIN_SPAN)];
}
