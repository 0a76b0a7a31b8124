// One-time password-reset links, issued by an administrator (there is no mail server to send
// them). The token is 32 random bytes shown once; only its SHA-256 is stored. A link works for
// 24 hours, once; issuing a new one retires the user's earlier unused links. Using it sets the
// password (hashed the way better-auth hashes at sign-up), signs the account out everywhere and
// retires the link, in one transaction.
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { parseInput } from "../validation/parse";
import { requireAdmin, type AdminCaller } from "./access";
import { findManagedUser } from "./find";
import { baseUrl, newPasswordInput, resetToken, userRef } from "./schemas";

export const RESET_LINK_HOURS = 24;
const CREDENTIAL_PROVIDER = "credential";

const hashResetToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export const resetLinkPath = (token: string) => `/reset-password/${token}`;

export async function issuePasswordResetLink(
  db: Db,
  caller: AdminCaller,
  rawRef: unknown,
  rawBaseUrl: unknown,
  now = new Date(),
) {
  const actor = requireAdmin(caller);
  const ref = parseInput(userRef, rawRef);
  const origin = parseInput(baseUrl, rawBaseUrl);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 3_600_000);
  const issued = await db.$transaction(async (tx) => {
    const user = await findManagedUser(tx, ref);
    if (user.deactivatedAt) {
      throw new AppError("conflict", `${user.email} is deactivated: reactivate the account first`);
    }
    const { count: retired } = await tx.passwordResetToken.updateMany({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const created = await tx.passwordResetToken.create({
      data: { tokenHash: hashResetToken(token), userId: user.id, createdById: actor.id, expiresAt, createdAt: now },
      select: { id: true },
    });
    await recordAudit(
      tx,
      {
        actor,
        action: "user.password-reset-link-issued",
        target: { type: "user", id: user.id },
        before: { email: user.email, openLinks: retired },
        after: { email: user.email, tokenId: created.id, expiresAt, earlierLinksRetired: retired },
      },
      now,
    );
    return { userId: user.id, email: user.email };
  });
  return { ...issued, url: `${origin}${resetLinkPath(token)}`, expiresAt };
}

/** Why a link does not work, in words for its holder (who has the token, so may know). */
function unusable(message: string): never {
  throw new AppError("not_found", message);
}

async function usableToken(db: Pick<Db, "passwordResetToken" | "user">, rawToken: unknown, now: Date) {
  const token = parseInput(resetToken, rawToken);
  const record = await db.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) } });
  if (!record) unusable("This reset link is not valid: ask an administrator for a new one");
  if (record.usedAt) unusable("This reset link was already used: ask an administrator for a new one");
  if (record.expiresAt <= now) unusable("This reset link has expired: ask an administrator for a new one");
  const user = await db.user.findUnique({
    where: { id: record.userId },
    select: { id: true, email: true, name: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) unusable("This reset link is not valid: ask an administrator for a new one");
  return { record, user };
}

/** What the reset page shows before the new password is chosen. */
export async function previewPasswordReset(db: Db, rawToken: unknown, now = new Date()) {
  const { record, user } = await usableToken(db, rawToken, now);
  return { email: user.email, name: user.name, expiresAt: record.expiresAt };
}

export async function completePasswordReset(db: Db, rawToken: unknown, rawInput: unknown, now = new Date()) {
  const { password } = parseInput(newPasswordInput, rawInput);
  // Check first, so a dead link is refused before spending time on the (deliberately slow) hash.
  await usableToken(db, rawToken, now);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Again inside the transaction: of two concurrent uses, only one claims the link.
    const { record, user } = await usableToken(tx, rawToken, now);
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: record.id, usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) unusable("This reset link was already used: ask an administrator for a new one");
    const credential = await tx.account.findFirst({
      where: { userId: user.id, providerId: CREDENTIAL_PROVIDER },
      select: { id: true },
    });
    if (credential) {
      await tx.account.update({ where: { id: credential.id }, data: { password: passwordHash } });
    } else {
      // Accounts made by the admin CLI have no password yet: this gives them one.
      await tx.account.create({
        data: { userId: user.id, accountId: user.id, providerId: CREDENTIAL_PROVIDER, password: passwordHash },
      });
    }
    const { count: sessionsRevoked } = await tx.authSession.deleteMany({ where: { userId: user.id } });
    await recordAudit(
      tx,
      {
        actor: { id: user.id, label: user.name },
        action: "user.password-reset",
        target: { type: "user", id: user.id },
        before: { email: user.email, hadPassword: Boolean(credential) },
        after: { email: user.email, hadPassword: true, tokenId: record.id, sessionsRevoked },
      },
      now,
    );
    return { userId: user.id, email: user.email };
  });
}
