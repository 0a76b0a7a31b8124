// API keys: 32 random bytes shown once, stored as a SHA-256 hash. A slow hash buys nothing for
// keys with 256 bits of entropy, and a plain digest lets the lookup use a unique index.
import { createHash, randomBytes } from "node:crypto";
import { recordAudit, type AuditActor } from "../audit/record";
import type { Db, DbTransaction } from "../db/client";
import { AppError, notFound } from "../errors";
import { requireId } from "../validation/ids";

const KEY_PREFIX = "fw_";

export const hashApiKey = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");

/** Without an actor, the key's owner is taken to have done it (their own settings page). */
async function ownerActor(tx: DbTransaction, userId: string): Promise<AuditActor> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true } });
  return { id: userId, label: user?.name ?? userId };
}

export async function createApiKey(db: Db, userId: string, name: string, actor?: AuditActor) {
  const key = KEY_PREFIX + randomBytes(32).toString("base64url");
  const record = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { userId, name, prefix: key.slice(0, KEY_PREFIX.length + 6), keyHash: hashApiKey(key) },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await recordAudit(tx, {
      actor: actor ?? (await ownerActor(tx, userId)),
      action: "apikey.created",
      target: { type: "apikey", id: created.id },
      after: { userId, name: created.name, prefix: created.prefix },
    });
    return created;
  });
  return { ...record, key };
}

export async function listApiKeys(db: Db, userId: string) {
  return db.apiKey.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

export async function revokeApiKey(db: Db, userId: string, keyId: string, actor?: AuditActor) {
  requireId(keyId, "keyId");
  const key = await db.apiKey.findFirst({ where: { id: keyId, userId } });
  if (!key) throw notFound("API key");
  if (key.revokedAt) throw new AppError("conflict", "This API key is already revoked");
  await db.$transaction(async (tx) => {
    const revoked = await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      actor: actor ?? (await ownerActor(tx, userId)),
      action: "apikey.revoked",
      target: { type: "apikey", id: key.id },
      before: { userId, name: key.name, prefix: key.prefix, revokedAt: null },
      after: { userId, name: key.name, prefix: key.prefix, revokedAt: revoked.revokedAt },
    });
  });
}

/**
 * "Last used" is shown to the minute at best, so it is written at most once a minute per key:
 * a write (and its commit) on every API request would halve the API's write throughput.
 */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** The user a presented key belongs to, or null when the key is unknown or revoked. */
export async function userIdForApiKey(db: Db, key: string, now = new Date()): Promise<string | null> {
  const record = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(key) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!record || record.revokedAt) return null;
  await noteApiKeyUse(db, record, now);
  return record.userId;
}

/** Records that a key was used, at most once per LAST_USED_RESOLUTION_MS. */
export async function noteApiKeyUse(db: Db, record: { id: string; lastUsedAt: Date | null }, now: Date) {
  const stale = !record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
  if (!stale) return;
  // Conditional, so concurrent requests with the same key write it once.
  await db.apiKey.updateMany({
    where: {
      id: record.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
    },
    data: { lastUsedAt: now },
  });
}
