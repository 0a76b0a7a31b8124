// Rate limits kept in the database, so every server process (and every machine on one
// PostgreSQL) counts against the same budget. Fixed windows: a bucket per rule, identity and
// window, incremented atomically by an upsert; old buckets are swept now and then.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { isUniqueViolation } from "../db/errors";

export type RateRule = { name: string; limit: number; windowMs: number; message: string };

const MINUTE = 60_000;

function limitFromEnv(variable: string, fallback: number): number {
  const raw = process.env[variable]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** The rules in force; read per call so tests and benchmarks can change the environment. */
export const rateRules = {
  /** Writes through the API, per account (WRITE_RATE_LIMIT per minute; 0 turns it off). */
  write: (): RateRule => ({
    name: "write",
    limit: limitFromEnv("WRITE_RATE_LIMIT", 120),
    windowMs: MINUTE,
    message: "Too many changes in a minute",
  }),
  /** Sign-in and sign-up attempts per client address (AUTH_RATE_LIMIT per 10 minutes). */
  authByAddress: (): RateRule => ({
    name: "auth-address",
    limit: limitFromEnv("AUTH_RATE_LIMIT", 60),
    windowMs: 10 * MINUTE,
    message: "Too many sign-in or sign-up attempts from this address",
  }),
  /** Sign-in attempts per account, whatever address they come from. */
  signInByEmail: (): RateRule => ({
    name: "sign-in-email",
    limit: limitFromEnv("SIGN_IN_RATE_LIMIT", 10),
    windowMs: 10 * MINUTE,
    message: "Too many sign-in attempts for this account",
  }),
  /** New API keys per account per hour. */
  apiKeyCreation: (): RateRule => ({
    name: "api-key",
    limit: limitFromEnv("API_KEY_RATE_LIMIT", 20),
    windowMs: 60 * MINUTE,
    message: "Too many API keys created in an hour",
  }),
};

export type RateVerdict = { allowed: boolean; count: number; limit: number; retryAfterSeconds: number };

export async function countHit(db: Db, rule: RateRule, identity: string, now = new Date()): Promise<RateVerdict> {
  if (rule.limit === 0) return { allowed: true, count: 0, limit: 0, retryAfterSeconds: 0 };
  const windowIndex = Math.floor(now.getTime() / rule.windowMs);
  const windowStart = new Date(windowIndex * rule.windowMs);
  const key = `${rule.name}:${identity.slice(0, 200)}:${windowIndex}`;
  const bump = () =>
    db.rateLimitBucket.upsert({
      where: { key },
      create: { key, windowStart, count: 1 },
      update: { count: { increment: 1 } },
      select: { count: true },
    });
  let bucket;
  try {
    bucket = await bump();
  } catch (error) {
    // Two first hits of a window can race to create the row: the loser increments it.
    if (!isUniqueViolation(error)) throw error;
    bucket = await bump();
  }
  if (Math.random() < 0.01) {
    await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 2 * 60 * MINUTE) } } });
  }
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000));
  return { allowed: bucket.count <= rule.limit, count: bucket.count, limit: rule.limit, retryAfterSeconds };
}

/** Counts a hit and throws 429 (with Retry-After) once the budget is spent. */
export async function enforceRateLimit(db: Db, rule: RateRule, identity: string, now = new Date()): Promise<void> {
  const verdict = await countHit(db, rule, identity, now);
  if (verdict.allowed) return;
  const error = new AppError(
    "rate_limited",
    `${rule.message} (limit ${verdict.limit}); try again in ${verdict.retryAfterSeconds} s`,
  );
  error.retryAfterSeconds = verdict.retryAfterSeconds;
  throw error;
}
