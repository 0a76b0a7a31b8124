// Who is asking: from an API key (Authorization: Bearer …) or the session cookie.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { Viewer } from "../domain/viewer";
import { userIdForApiKey } from "./api-keys";
import type { Auth } from "./auth";

export async function viewerForUser(db: Db, userId: string): Promise<Viewer> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, memberships: { select: { teamId: true } } },
  });
  if (!user) return null;
  return { userId: user.id, name: user.name, role: user.role, teamIds: user.memberships.map((m) => m.teamId) };
}

export async function viewerFromHeaders(db: Db, auth: Auth, headers: Headers): Promise<Viewer> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new AppError("unauthorized", "Authorization header must be 'Bearer <api key>'");
    const userId = await userIdForApiKey(db, match[1]);
    if (!userId) throw new AppError("unauthorized", "The API key is unknown or revoked");
    return viewerForUser(db, userId);
  }
  const session = await auth.api.getSession({ headers });
  return session ? viewerForUser(db, session.user.id) : null;
}
