// DATE questions are numbers at this layer: epoch milliseconds (UTC). These convert to and from
// the ISO strings the API speaks and the whole days people think in.

export const MS_PER_DAY = 86_400_000;

/**
 * Epoch milliseconds of an ISO date ("2019-03-23", read as UTC midnight) or ISO timestamp.
 * Throws a RangeError naming `name` for anything that is not a valid ISO date.
 */
export function isoToEpochMs(iso: string, name = "date"): number {
  if (typeof iso !== "string" || !/^\d{4}-\d{2}-\d{2}(?:T.*)?$/.test(iso.trim())) {
    throw new RangeError(`${name} must be an ISO date (YYYY-MM-DD or an ISO timestamp), got ${JSON.stringify(iso)}`);
  }
  const ms = Date.parse(iso.trim());
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid date, got ${JSON.stringify(iso)}`);
  return ms;
}

/** ISO timestamp ("2019-03-23T00:00:00.000Z") of epoch milliseconds. */
export function epochMsToIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The UTC calendar day ("2019-03-23") containing epoch milliseconds `ms`. */
export function epochMsToIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 UTC, fractional within a day. */
export function epochMsToDays(ms: number): number {
  return ms / MS_PER_DAY;
}

export function daysToEpochMs(days: number): number {
  return days * MS_PER_DAY;
}
