// Validates input against a schema and turns failures into one AppError naming each bad field.
import type { z } from "zod";
import { AppError, type FieldIssue } from "../errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
  const first = issues[0];
  const message = first
    ? first.path === "(root)"
      ? first.message
      : `${first.path}: ${first.message}`
    : "invalid input";
  return fail(new AppError("bad_request", message, issues));
}

function fail(error: AppError): never {
  throw error;
}
