// Building blocks shared by every input schema.
import { z } from "zod";

// Prisma's cuid(): "c" followed by lower-case base-36 characters.
export const recordId = (what: string) =>
  z.string({ error: `${what} must be a string` }).regex(/^c[a-z0-9]{20,31}$/, { error: `${what} is not a valid id` });

export const pageLimit = z.coerce
  .number({ error: "limit must be a number" })
  .int({ error: "limit must be a whole number" })
  .min(1, { error: "limit must be at least 1" })
  .max(100, { error: "limit must be at most 100" })
  .default(25);

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
