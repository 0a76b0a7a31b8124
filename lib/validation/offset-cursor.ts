// Cursors for lists whose order is computed over the whole list (a leaderboard's ranks, a team's
// members by join date): the position where the next page starts, opaque to clients
// (base64url of "offset:<n>").
import { z } from "zod";

export const encodeOffsetCursor = (offset: number) => Buffer.from(`offset:${offset}`, "utf8").toString("base64url");

export const offsetCursor = z
  .string()
  .max(100, { error: "cursor is not a cursor this API returned" })
  .transform((value, ctx): number => {
    const match = /^offset:(\d{1,7})$/.exec(Buffer.from(value, "base64url").toString("utf8"));
    if (!match) {
      ctx.addIssue({ code: "custom", message: "cursor is not a cursor this API returned" });
      return z.NEVER;
    }
    return Number(match[1]);
  });

/** The page after `offset` of `limit` rows out of `total`, or null on the last page. */
export const nextOffsetCursor = (offset: number, limit: number, total: number) =>
  offset + limit < total ? encodeOffsetCursor(offset + limit) : null;
