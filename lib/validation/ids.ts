// Id arguments a use case receives from outside: a server action's arguments (app/**/actions.ts)
// are whatever the client sent, whatever their declared type. Each use case checks its id
// arguments with requireId before they reach the database, so a malformed one is a 400 naming the
// argument (as an API route answers a malformed path id, and pages show as a 404: see
// lib/http/page-guards.ts), never an internal error, and an object is never read as a Prisma
// filter ({ in: [...] }).
import { badRequest } from "../errors";
import { recordId } from "./common";

/** `value` as a record id, else an AppError (bad_request) naming `name`, e.g. "questionId is not a valid id". */
export function requireId(value: unknown, name: string): string {
  const parsed = recordId(name).safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? `${name} is not a valid id`;
  throw badRequest(message, [{ path: name, message }]);
}
