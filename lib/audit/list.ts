// Reading the audit log: administrators only, newest first, filtered, in stable keyset pages.
import type { Db } from "../db/client";
import type { Viewer } from "../domain/viewer";
import { requireAdmin } from "../users/access";
import type { AuditAction, AuditTargetType } from "./actions";
import { afterCursor, encodeTimeIdCursor } from "./cursor";
import type { AuditQuery } from "./schemas";

export type AuditEntry = {
  id: string;
  at: Date;
  actor: { id: string | null; label: string; email: string | null };
  action: AuditAction;
  target: { type: AuditTargetType; id: string };
  before: unknown;
  after: unknown;
};

function parseSnapshot(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The actor filter matches a user id exactly, a name as recorded, or a current email. */
async function actorWhere(db: Db, actor: string | undefined) {
  if (!actor) return {};
  const byEmail = actor.includes("@")
    ? await db.user.findMany({ where: { email: { contains: actor.toLowerCase() } }, select: { id: true }, take: 50 })
    : [];
  return {
    OR: [
      { actorId: actor },
      { actorLabel: { contains: actor } },
      ...(byEmail.length ? [{ actorId: { in: byEmail.map((user) => user.id) } }] : []),
    ],
  };
}

export async function listAuditEntries(
  db: Db,
  viewer: Viewer,
  filters: AuditQuery,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  requireAdmin(viewer);
  const at = { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) };
  const rows = await db.auditLog.findMany({
    where: {
      AND: [
        await actorWhere(db, filters.actor),
        filters.action ? { action: filters.action } : {},
        filters.targetType ? { targetType: filters.targetType } : {},
        filters.targetId ? { targetId: filters.targetId } : {},
        filters.from || filters.to ? { at } : {},
        afterCursor("at", filters.cursor),
      ],
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: filters.limit + 1,
  });
  const page = rows.slice(0, filters.limit);
  const actorIds = [...new Set(page.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
  const emails = new Map(
    actorIds.length
      ? (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } })).map(
          (user) => [user.id, user.email] as const,
        )
      : [],
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      at: row.at,
      actor: { id: row.actorId, label: row.actorLabel, email: row.actorId ? (emails.get(row.actorId) ?? null) : null },
      action: row.action as AuditAction,
      target: { type: row.targetType as AuditTargetType, id: row.targetId },
      before: parseSnapshot(row.before),
      after: parseSnapshot(row.after),
    })),
    nextCursor: rows.length > filters.limit && last ? encodeTimeIdCursor(last.at, last.id) : null,
  };
}
