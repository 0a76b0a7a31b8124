// The secret that signs session cookies. An operator may set BETTER_AUTH_SECRET; otherwise one is
// generated on first use and kept in the database, so every server on the same database agrees
// and a fresh install needs no configuration.
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";

const KEY = "auth.secret";

export async function instanceSecret(db: Db): Promise<string> {
  const configured = process.env.BETTER_AUTH_SECRET?.trim();
  if (configured) return configured;
  const existing = await db.instanceSetting.findUnique({ where: { key: KEY } });
  if (existing) return existing.value;
  const value = randomBytes(32).toString("base64url");
  // Two servers starting together may race: whichever row lands first wins, and both read it back.
  await db.instanceSetting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: {} });
  return (await db.instanceSetting.findUniqueOrThrow({ where: { key: KEY } })).value;
}
