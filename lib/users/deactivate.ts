// Deactivating an account: it can no longer sign in (lib/auth/auth.ts refuses new sessions), its
// sessions are deleted, its unused reset links retired, and its API keys stop working
// (lib/auth/viewer.ts). Reactivating lets it sign in again and its keys work again; deleted
// sessions and retired links stay dead. Nobody deactivates themselves or the last
// active administrator, so the install always keeps someone who can administer it.
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { parseInput } from "../validation/parse";
import { requireAdmin, type AdminCaller } from "./access";
import { findManagedUser } from "./find";
import { userRef } from "./schemas";

export async function deactivateUser(db: Db, caller: AdminCaller, rawRef: unknown, now = new Date()) {
  const actor = requireAdmin(caller);
  const ref = parseInput(userRef, rawRef);
  return db.$transaction(async (tx) => {
    const user = await findManagedUser(tx, ref);
    if (actor.id === user.id) throw new AppError("conflict", "You cannot deactivate your own account");
    if (user.deactivatedAt) throw new AppError("conflict", `${user.email} is already deactivated`);
    if (user.role === "ADMIN") {
      const otherAdmins = await tx.user.count({
        where: { role: "ADMIN", deactivatedAt: null, id: { not: user.id } },
      });
      if (otherAdmins === 0) {
        throw new AppError("conflict", "This is the last active administrator: make someone else admin first");
      }
    }
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { deactivatedAt: now },
      select: { deactivatedAt: true },
    });
    const { count: sessionsRevoked } = await tx.authSession.deleteMany({ where: { userId: user.id } });
    // A reset link handed out earlier must not outlive the deactivation (nor revive with a reactivation).
    const { count: resetLinksRetired } = await tx.passwordResetToken.updateMany({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await recordAudit(
      tx,
      {
        actor,
        action: "user.deactivated",
        target: { type: "user", id: user.id },
        before: { email: user.email, deactivatedAt: null },
        after: { email: user.email, deactivatedAt: updated.deactivatedAt, sessionsRevoked, resetLinksRetired },
      },
      now,
    );
    return { userId: user.id, email: user.email, deactivatedAt: now, sessionsRevoked };
  });
}

export async function reactivateUser(db: Db, caller: AdminCaller, rawRef: unknown, now = new Date()) {
  const actor = requireAdmin(caller);
  const ref = parseInput(userRef, rawRef);
  return db.$transaction(async (tx) => {
    const user = await findManagedUser(tx, ref);
    if (!user.deactivatedAt) throw new AppError("conflict", `${user.email} is not deactivated`);
    await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: null } });
    await recordAudit(
      tx,
      {
        actor,
        action: "user.reactivated",
        target: { type: "user", id: user.id },
        before: { email: user.email, deactivatedAt: user.deactivatedAt },
        after: { email: user.email, deactivatedAt: null },
      },
      now,
    );
    return { userId: user.id, email: user.email, deactivatedAt: null };
  });
}
