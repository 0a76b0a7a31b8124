// Validates input against a schema and turns failures into one AppError naming each bad field.
import type { z } from "zod";
import { AppError, type FieldIssue } from "../errors";
import { dateRangeMessage, isWellFormedText, isWithinDateRange, notUnicodeMessage, toWellFormedText } from "./common";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issues: FieldIssue[] = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join(".") || "(root)",
      message: issue.message,
    }));
    return fail(issues);
  }
  // A backstop for any field a schema builds without the shared text()/dateField() builders:
  // what a use case receives is never ill-formed text or a date the database cannot store.
  const unstorable = unstorableValues(result.data);
  if (unstorable.length > 0) return fail(unstorable);
  return result.data;
}

function fail(issues: FieldIssue[]): never {
  const first = issues[0];
  const message = first
    ? first.path === "(root)"
      ? first.message
      : `${first.path}: ${first.message}`
    : "invalid input";
  throw new AppError("bad_request", message, issues);
}

const MAX_DEPTH = 32;

/** Strings (keys included) that are not well-formed UTF-16, and Dates outside years 1000–9999. */
export function unstorableValues(value: unknown, path: string[] = [], depth = 0): FieldIssue[] {
  const where = () => path.join(".") || "(root)";
  const name = () => path.join(".") || "the input";
  if (typeof value === "string") {
    return isWellFormedText(value) ? [] : [{ path: where(), message: notUnicodeMessage(name()) }];
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) || isWithinDateRange(value)
      ? []
      : [{ path: where(), message: dateRangeMessage(name()) }];
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== "object") return [];
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null
      ? Object.entries(value)
      : [];
  return entries.flatMap(([key, item]) =>
    isWellFormedText(key)
      ? unstorableValues(item, [...path, key], depth + 1)
      : [{ path: [...path, toWellFormedText(key)].join("."), message: notUnicodeMessage("a key") }],
  );
}
