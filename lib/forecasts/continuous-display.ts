// How a NUMERIC or DATE question's values read on a page: a date as a day, a number with a few
// significant digits and its unit, and a distribution as its median with its 90% interval.
import type { FanBands } from "../forecasting/continuous";
import { formatDate } from "../format";

export type ValueFormat = { type: "NUMERIC" | "DATE"; unit?: string | null };

/** A number with at most four significant digits, grouped by thousands. */
function roundNumber(value: number): string {
  const rounded = Number(value.toPrecision(4));
  return rounded.toLocaleString("en-GB", { maximumFractionDigits: 6 });
}

/** One value: "17 Oct 2017", or "1,300 fighters". */
export function formatValue(format: ValueFormat, value: number): string {
  if (format.type === "DATE") return formatDate(new Date(value));
  return format.unit ? `${roundNumber(value)} ${format.unit}` : roundNumber(value);
}

/** "1,200 (90%: 400 – 3,000)": the median and the central 90% interval. */
export function formatMedianInterval(format: ValueFormat, bands: Pick<FanBands, "p5" | "p50" | "p95">): string {
  const bare = { ...format, unit: null };
  return `${formatValue(format, bands.p50)} (90%: ${formatValue(bare, bands.p5)} – ${formatValue(format, bands.p95)})`;
}
