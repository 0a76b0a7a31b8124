// Who is asking: from an API key (Authorization: Bearer …) or the session cookie.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { Viewer } from "../domain/viewer";
import { userIdForApiKey } from "./api-keys";
import type { Auth } from "./auth";

export async function viewerForUser(db: Db, userId: string): Promise<Viewer> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, deactivatedAt: true, memberships: { select: { teamId: true } } },
  });
  // A deactivated account is nobody: its sessions and API keys no longer sign anyone in.
  if (!user || user.deactivatedAt) return null;
  return { userId: user.id, name: user.name, role: user.role, teamIds: user.memberships.map((m) => m.teamId) };
}

export async function viewerFromHeaders(db: Db, auth: Auth, headers: Headers): Promise<Viewer> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new AppError("unauthorized", "Authorization header must be 'Bearer <api key>'");
    const userId = await userIdForApiKey(db, match[1]);
    const viewer = userId ? await viewerForUser(db, userId) : null;
    if (!viewer) throw new AppError("unauthorized", "The API key is unknown or revoked, or its account is deactivated");
    return viewer;
  }
  const session = await auth.api.getSession({ headers });
  return session ? viewerForUser(db, session.user.id) : null;
}
