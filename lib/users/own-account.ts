// What the settings page shows of the signed-in account beyond the session's own fields.
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";

export async function ownAccount(db: Db, viewer: SignedInViewer) {
  return db.user.findUnique({ where: { id: viewer.userId }, select: { email: true, createdAt: true } });
}
