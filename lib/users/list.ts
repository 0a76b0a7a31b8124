// The administrators' list of accounts: newest first, searchable by name or email, in stable
// keyset pages.
import { afterCursor, encodeTimeIdCursor } from "../audit/cursor";
import type { Db } from "../db/client";
import type { Viewer } from "../domain/viewer";
import { requireAdmin } from "./access";
import { managedUserSelect } from "./find";
import type { ListUsersQuery } from "./schemas";

export async function listUsers(db: Db, viewer: Viewer, query: ListUsersQuery) {
  requireAdmin(viewer);
  // Emails are stored lower-case; names are matched as typed and in lower case (SQLite's LIKE
  // ignores ASCII case, PostgreSQL's does not).
  const q = query.q?.trim();
  const search = q
    ? {
        OR: [
          { email: { contains: q.toLowerCase() } },
          { name: { contains: q } },
          { name: { contains: q.toLowerCase() } },
        ],
      }
    : {};
  const status =
    query.status === "active"
      ? { deactivatedAt: null }
      : query.status === "deactivated"
        ? { deactivatedAt: { not: null } }
        : {};
  const where = { AND: [search, status] };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where: { AND: [search, status, afterCursor("createdAt", query.cursor)] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
      select: managedUserSelect,
    }),
    db.user.count({ where }),
  ]);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    total,
    nextCursor: rows.length > query.limit && last ? encodeTimeIdCursor(last.createdAt, last.id) : null,
  };
}
