// What each person wants to be told (NotificationSettings; no row means the defaults: every kind,
// forecasts stale after 30 days). Fan-out and the periodic checks leave out muted kinds.
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { parseInput } from "../validation/parse";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { notificationSettingsInput } from "./schemas";

export const DEFAULT_STALE_AFTER_DAYS = 30;

export type NotificationSettingsView = { mutedKinds: NotificationKind[]; staleAfterDays: number };

const kindsOf = (stored: string) =>
  stored
    .split(" ")
    .filter((kind): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind));

export async function readNotificationSettings(db: Db, userId: string): Promise<NotificationSettingsView> {
  const row = await db.notificationSettings.findUnique({ where: { userId } });
  return {
    mutedKinds: row ? kindsOf(row.mutedKinds) : [],
    staleAfterDays: row?.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
  };
}

/** Of these people, those who turned this kind of notification off. */
export async function whoMuted(db: Pick<Db, "notificationSettings">, kind: NotificationKind, userIds: string[]) {
  if (userIds.length === 0) return new Set<string>();
  const rows = await db.notificationSettings.findMany({
    where: { userId: { in: userIds }, mutedKinds: { not: "" } },
    select: { userId: true, mutedKinds: true },
  });
  return new Set(rows.filter((row) => kindsOf(row.mutedKinds).includes(kind)).map((row) => row.userId));
}

export async function updateNotificationSettings(
  db: Db,
  viewer: SignedInViewer,
  rawInput: unknown,
): Promise<NotificationSettingsView> {
  const input = parseInput(notificationSettingsInput, rawInput);
  const mutedKinds = NOTIFICATION_KINDS.filter((kind) => input.mutedKinds.includes(kind));
  const data = { mutedKinds: mutedKinds.join(" "), staleAfterDays: input.staleAfterDays };
  await db.notificationSettings.upsert({
    where: { userId: viewer.userId },
    create: { userId: viewer.userId, ...data },
    update: data,
  });
  return { mutedKinds, staleAfterDays: input.staleAfterDays };
}
