// One error type for the whole domain. Services throw these; one mapper (lib/http/respond.ts)
// turns them into `{ error: { code, message, issues? } }` with the matching HTTP status.

export type ErrorCode =
  "bad_request" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "payload_too_large" | "internal";

export type FieldIssue = { path: string; message: string };

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  internal: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = issues;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const badRequest = (message: string, issues?: FieldIssue[]) => new AppError("bad_request", message, issues);
