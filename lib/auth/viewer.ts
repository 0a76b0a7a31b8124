// Who is asking: from an API key (Authorization: Bearer …) or the session cookie.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { SignedInViewer, Viewer } from "../domain/viewer";
import { hashApiKey, noteApiKeyUse } from "./api-keys";
import type { Auth } from "./auth";

// Who someone is, with their teams, in one statement: every API request and page asks, so these
// are plain SQL joins (the same text on SQLite and PostgreSQL) rather than a model query and a
// relation query, each compiled afresh by Prisma 6.
type ViewerRow = {
  userId: string;
  name: string;
  role: SignedInViewer["role"];
  deactivatedAt: Date | string | null;
  teamId: string | null;
};

/** One row per team membership (one row with no team for someone in none). */
function viewerFromRows(rows: readonly ViewerRow[]): Viewer {
  const user = rows[0];
  // A deactivated account is nobody: its sessions and API keys no longer sign anyone in.
  if (!user || user.deactivatedAt !== null) return null;
  const teamIds = rows.flatMap((row) => (row.teamId === null ? [] : [row.teamId]));
  return { userId: user.userId, name: user.name, role: user.role, teamIds };
}

export async function viewerForUser(db: Db, userId: string): Promise<Viewer> {
  const rows = await db.$queryRaw<ViewerRow[]>`
    SELECT u."id" AS "userId", u."name", u."role", u."deactivatedAt", m."teamId"
    FROM "User" u LEFT JOIN "TeamMembership" m ON m."userId" = u."id"
    WHERE u."id" = ${userId}`;
  return viewerFromRows(rows);
}

/** Whom a presented API key speaks for: null when the key is unknown or revoked. */
export async function viewerForApiKey(db: Db, key: string, now = new Date()): Promise<Viewer> {
  const rows = await db.$queryRaw<
    (ViewerRow & { keyId: string; revokedAt: unknown; lastUsedAt: Date | string | null })[]
  >`
    SELECT k."id" AS "keyId", k."revokedAt", k."lastUsedAt",
      u."id" AS "userId", u."name", u."role", u."deactivatedAt", m."teamId"
    FROM "ApiKey" k JOIN "User" u ON u."id" = k."userId" LEFT JOIN "TeamMembership" m ON m."userId" = u."id"
    WHERE k."keyHash" = ${hashApiKey(key)}`;
  const record = rows[0];
  if (!record || record.revokedAt !== null) return null;
  const lastUsedAt = record.lastUsedAt === null ? null : new Date(record.lastUsedAt);
  await noteApiKeyUse(db, { id: record.keyId, lastUsedAt }, now);
  return viewerFromRows(rows);
}

export async function viewerFromHeaders(db: Db, auth: Auth, headers: Headers): Promise<Viewer> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new AppError("unauthorized", "Authorization header must be 'Bearer <api key>'");
    const viewer = await viewerForApiKey(db, match[1]);
    if (!viewer) throw new AppError("unauthorized", "The API key is unknown or revoked, or its account is deactivated");
    return viewer;
  }
  const session = await auth.api.getSession({ headers });
  return session ? viewerForUser(db, session.user.id) : null;
}
