// Building blocks shared by every input schema. Every stored text field is built with `text()`
// and every date field with `dateField()` (or `calendarDay()`), so the rules below hold for all
// of them; parseInput (./parse.ts) re-checks its output as a backstop.
import { z } from "zod";

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Whether a string is well-formed UTF-16: no unpaired ("lone") surrogate such as "\uD800". JSON
 * can carry one ("\ud800"), but it is not a character: it cannot be encoded as UTF-8, so the
 * database layer rejects it (a 500) and no page or export could show it.
 */
export function isWellFormedText(value: string): boolean {
  const native = (value as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(value) : toWellFormedText(value) === value;
}

/** The string with each unpaired surrogate replaced by U+FFFD (String.prototype.toWellFormed). */
export function toWellFormedText(value: string): string {
  const native = (value as { toWellFormed?: () => string }).toWellFormed;
  if (native) return native.call(value);
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += value[i]! + value[i + 1]!;
      i++;
    } else {
      out += unit >= 0xd800 && unit <= 0xdfff ? "\ufffd" : value[i]!;
    }
  }
  return out;
}

export const notUnicodeMessage = (field: string) =>
  `${field} must be valid Unicode text (it contains an unpaired UTF-16 surrogate)`;

/**
 * A text field: a string of well-formed Unicode. Chain the field's own rules after it
 * (`text("title", { error: "title is required" }).trim().min(3)`); `params` are z.string()'s, for
 * the wrong-type/missing message. The Unicode check comes first and stops the other checks, so an
 * ill-formed value gets one issue that names the field.
 */
export function text(field: string, params?: { error?: string }) {
  return z
    .string({ error: params?.error ?? `${field} must be a string` })
    .refine(isWellFormedText, { error: notUnicodeMessage(field), abort: true });
}

// ---------------------------------------------------------------------------------------------
// Dates

/**
 * Dates people enter fall within years 1000–9999 (UTC). Past year 9999 or before year 0 a date
 * needs ISO 8601's expanded "+010000" form, which Prisma cannot convert (a 500), and JavaScript
 * cannot hold the far ends (±275760) at all; years 0–999 are refused too, as the typo they
 * almost always are ("0202" for 2020) and to keep every date four digits wide in SQL and the UI.
 */
export const EARLIEST_DATE = new Date("1000-01-01T00:00:00.000Z");
export const LATEST_DATE = new Date("9999-12-31T23:59:59.999Z");

export const isWithinDateRange = (date: Date) =>
  date.getTime() >= EARLIEST_DATE.getTime() && date.getTime() <= LATEST_DATE.getTime();

export const dateRangeMessage = (field: string) => `${field} must be between the years 1000 and 9999`;

// A calendar date first (an expanded +/- year is let through so it gets the range message).
const STARTS_AS_DATE = /^\s*[+-]?\d{4,6}-\d{2}-\d{2}(?:$|[T\s])/;

/**
 * A date field: "YYYY-MM-DD" or an ISO timestamp (or a Date, from server code), a real date,
 * within years 1000–9999. Numbers, booleans and null are refused rather than read as 1970, and
 * free text ("1", "March 3") rather than guessed at.
 */
export function dateField(field: string, error = `${field} must be a date (YYYY-MM-DD or an ISO timestamp)`) {
  // A missing or blank date is a field left empty, not a malformed one: it gets its own message.
  const required = requiredMessage(field);
  const formatOrRequired = (issue: { input?: unknown }) => (isBlank(issue.input) ? required : error);
  return z
    .union([z.string().regex(STARTS_AS_DATE, { error: formatOrRequired }), z.date()], { error: formatOrRequired })
    .transform((value, ctx) => {
      const date = value instanceof Date ? value : new Date(value.trim());
      if (!Number.isNaN(date.getTime()) && isWithinDateRange(date)) return date;
      // "+275760-09-14" is past the last date JavaScript holds: out of range, not malformed.
      const expandedYear = typeof value === "string" && EXPANDED_YEAR.test(value);
      const message =
        Number.isNaN(date.getTime()) && !expandedYear ? `${field} must be a valid date` : dateRangeMessage(field);
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    });
}

export const requiredMessage = (field: string) => `${field} is required`;

const isBlank = (input: unknown) => input === undefined || (typeof input === "string" && input.trim() === "");

const EXPANDED_YEAR = /^\s*(?:[+-]\d{4,6}|\d{5,6})-/;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A real calendar day as a "YYYY-MM-DD" string (what <input type="date"> sends), within years
 * 1000–9999: "2025-02-30" is refused, not rolled over into March.
 */
export function calendarDay(field: string) {
  const format = `${field} must be a date (YYYY-MM-DD)`;
  const formatOrRequired = (issue: { input?: unknown }) => (isBlank(issue.input) ? requiredMessage(field) : format);
  return z
    .string({ error: formatOrRequired })
    .regex(DAY, { error: formatOrRequired })
    .refine(
      (value) => {
        const date = new Date(`${value}T00:00:00.000Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
      },
      { error: `${field} is not a real date`, abort: true },
    )
    .refine((value) => isWithinDateRange(new Date(`${value}T00:00:00.000Z`)), { error: dateRangeMessage(field) });
}

// ---------------------------------------------------------------------------------------------
// Ids, paging

// Prisma's cuid(): "c" followed by lower-case base-36 characters.
export const recordId = (what: string) =>
  z.string({ error: `${what} must be a string` }).regex(/^c[a-z0-9]{20,31}$/, { error: `${what} is not a valid id` });

/** `limit` from a query string: a whole number from 1 to `max`, each violation named. */
export const limitUpTo = (max: number) =>
  z.coerce
    .number({ error: "limit must be a number" })
    .int({ error: "limit must be a whole number" })
    .min(1, { error: "limit must be at least 1" })
    .max(max, { error: `limit must be at most ${max}` });

export const pageLimit = limitUpTo(100).default(25);

// Cursors are opaque to clients: base64url of the last row's id.
export const cursor = z
  .string()
  .transform((value, ctx) => {
    const decoded = Buffer.from(value, "base64url").toString("utf8");
    if (!/^c[a-z0-9]{20,31}$/.test(decoded)) {
      ctx.addIssue({ code: "custom", message: "cursor is not a cursor this API returned" });
      return z.NEVER;
    }
    return decoded;
  })
  .optional();

export const encodeCursor = (id: string) => Buffer.from(id, "utf8").toString("base64url");

/** Turns URLSearchParams into a plain object; empty values count as absent. */
export function searchParamsObject(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== ""));
}
