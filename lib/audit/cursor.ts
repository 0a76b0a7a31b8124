// Keyset cursors for lists ordered by (time desc, id desc): stable while rows are added, and
// opaque to clients (base64url of "<ISO time>|<id>").
import { z } from "zod";

export type TimeIdCursor = { at: Date; id: string };

export const encodeTimeIdCursor = (at: Date, id: string) =>
  Buffer.from(`${at.toISOString()}|${id}`, "utf8").toString("base64url");

export const timeIdCursor = z
  .string()
  .max(200, { error: "cursor is not a cursor this API returned" })
  .transform((value, ctx): TimeIdCursor => {
    const [iso, id, extra] = Buffer.from(value, "base64url").toString("utf8").split("|");
    const at = new Date(iso ?? "");
    if (extra !== undefined || !id || !/^c[a-z0-9]{20,31}$/.test(id) || Number.isNaN(at.getTime())) {
      ctx.addIssue({ code: "custom", message: "cursor is not a cursor this API returned" });
      return z.NEVER;
    }
    return { at, id };
  });

/** Prisma filter for the rows after the cursor in (field desc, id desc) order. */
export function afterCursor<F extends string>(field: F, cursor: TimeIdCursor | undefined) {
  if (!cursor) return {};
  return {
    OR: [{ [field]: { lt: cursor.at } }, { [field]: cursor.at, id: { lt: cursor.id } }],
  } as { OR: Record<string, unknown>[] };
}
