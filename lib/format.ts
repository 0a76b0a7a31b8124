// Display formatting shared by pages. Dates are calendar dates in UTC: the seeded material is
// dated by day, and a viewer's timezone must not move 1 May to 30 April.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date, precision: "DAY" | "MONTH" | "HALF_YEAR" | "YEAR" = "DAY"): string {
  if (precision === "MONTH") return monthFormat.format(date);
  if (precision === "HALF_YEAR")
    return `${date.getUTCMonth() < 6 ? "first" : "second"} half of ${date.getUTCFullYear()}`;
  if (precision === "YEAR") return String(date.getUTCFullYear());
  return dateFormat.format(date);
}

export function formatPercent(probability: number): string {
  // Rounded to a tenth first: 0.28 × 100 is 28.000000000000004 in binary floating point.
  const percent = Math.round(probability * 1000) / 10;
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The noun that agrees with a count: "forecast" for 1, "forecasts" otherwise (pass the plural when it is not just an added s). */
export function nounFor(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? singular : plural;
}
