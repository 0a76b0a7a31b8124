// Private calendar feed URLs. The token in the URL is the only credential a calendar application
// can send, so it is 256 random bits, shown once, stored as a SHA-256 (as API keys are), and
// revocable; making a new one revokes the old, so a user has at most one live URL.
import { createHash, randomBytes } from "node:crypto";
import { actorOf, recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { notFound } from "../errors";

const TOKEN_PREFIX = "cal_";

export const hashCalendarToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export const calendarFeedPath = (token: string) => `/api/v1/calendar/${token}.ics`;

export async function createCalendarFeed(db: Db, viewer: SignedInViewer, origin: string, now = new Date()) {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const feed = await db.$transaction(async (tx) => {
    await tx.calendarFeed.updateMany({ where: { userId: viewer.userId, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.calendarFeed.create({
      data: { userId: viewer.userId, tokenHash: hashCalendarToken(token), createdAt: now },
      select: { id: true, createdAt: true },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "calendar.created",
      target: { type: "calendar", id: created.id },
      after: { userId: viewer.userId },
    });
    return created;
  });
  return { token, url: `${origin}${calendarFeedPath(token)}`, createdAt: feed.createdAt };
}

export async function revokeCalendarFeed(db: Db, viewer: SignedInViewer, now = new Date()) {
  const live = await db.calendarFeed.findFirst({
    where: { userId: viewer.userId, revokedAt: null },
    select: { id: true },
  });
  if (!live) throw notFound("Calendar feed");
  await db.$transaction(async (tx) => {
    await tx.calendarFeed.update({ where: { id: live.id }, data: { revokedAt: now } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "calendar.revoked",
      target: { type: "calendar", id: live.id },
      before: { userId: viewer.userId, revokedAt: null },
      after: { userId: viewer.userId, revokedAt: now },
    });
  });
}

/** When the user's live feed URL was made, or null when they have none. */
export async function calendarFeedSince(db: Db, userId: string): Promise<Date | null> {
  const live = await db.calendarFeed.findFirst({
    where: { userId, revokedAt: null },
    select: { createdAt: true },
  });
  return live?.createdAt ?? null;
}

/** The user a live token belongs to, or null (unknown or revoked). */
export async function userIdForCalendarToken(db: Db, token: string): Promise<string | null> {
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashCalendarToken(token) },
    select: { userId: true, revokedAt: true },
  });
  return feed && !feed.revokedAt ? feed.userId : null;
}
