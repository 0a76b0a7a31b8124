// Notifications no single change causes, found by a periodic check the dispatcher loop runs
// (lib/webhooks/dispatcher.ts): a question past its resolve-by date, and the weekly digest of
// stale forecasts. Each is keyed like an outbox event ("resolve-by:<question>",
// "stale-digest:<week>"), so the (event, recipient, kind) unique key makes a check idempotent:
// run it twice, or in two processes at once, and each notice exists once. Every time comes from
// the caller's `now`, never the system clock.
import type { Db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { canSeeQuestion } from "../domain/viewer";
import type { NotificationDraft } from "./kinds";
import { DEFAULT_STALE_AFTER_DAYS, whoMuted } from "./settings";

const DAY_MS = 86_400_000;
const CHECK_BATCH = 200;
/** A digest lists at most this many questions (the most stale first); the count says how many more. */
export const DIGEST_MAX_QUESTIONS = 20;

/** Writes one notice under its key; false when it already exists. */
async function writeOnce(db: Db, eventId: string, draft: NotificationDraft, now: Date): Promise<boolean> {
  try {
    await db.notification.create({
      data: {
        eventId,
        recipientId: draft.recipientId,
        kind: draft.kind,
        questionId: draft.questionId,
        sessionId: draft.sessionId,
        payload: JSON.stringify(draft.payload),
        createdAt: now,
      },
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

const viewerOf = (user: { id: string; role: "USER" | "ADMIN"; memberships: { teamId: string }[] }) => ({
  userId: user.id,
  name: "",
  role: user.role,
  teamIds: user.memberships.map((membership) => membership.teamId),
});

/**
 * Tells each creator, once per question, that a question of theirs is past its resolve-by date
 * and still unresolved (if they may still see it and have not turned this kind off).
 */
export async function notifyPastResolveBy(db: Db, now: Date): Promise<number> {
  const questions = await db.question.findMany({
    where: {
      resolveBy: { lt: now },
      resolvedAt: null,
      createdBy: { deactivatedAt: null },
      notifications: { none: { kind: "question.past_resolve_by" } },
    },
    orderBy: { resolveBy: "asc" },
    take: CHECK_BATCH,
    select: {
      id: true,
      teamId: true,
      resolveBy: true,
      createdBy: { select: { id: true, role: true, memberships: { select: { teamId: true } } } },
    },
  });
  const creators = questions.flatMap((question) => (question.createdBy ? [question.createdBy.id] : []));
  const muted = await whoMuted(db, "question.past_resolve_by", creators);
  let written = 0;
  for (const question of questions) {
    const creator = question.createdBy;
    if (!creator || muted.has(creator.id) || !canSeeQuestion(viewerOf(creator), question)) continue;
    const draft: NotificationDraft = {
      recipientId: creator.id,
      kind: "question.past_resolve_by",
      questionId: question.id,
      sessionId: null,
      payload: {},
    };
    if (await writeOnce(db, `resolve-by:${question.id}`, draft, now)) written++;
  }
  return written;
}

/** The Monday 00:00 UTC that starts the week holding `now`: the digest's key. */
export function weekStartOf(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/**
 * Once a week per person: the open questions they may see whose latest forecast of theirs is
 * older than their chosen period (30 days unless they chose otherwise). Nobody with nothing
 * stale gets one.
 */
export async function sendStaleForecastDigests(db: Db, now: Date): Promise<number> {
  const eventId = `stale-digest:${weekStartOf(now).toISOString().slice(0, 10)}`;
  const already = await db.notification.findMany({
    where: { eventId, kind: "forecasts.stale_digest" },
    select: { recipientId: true },
  });
  const done = new Set(already.map((row) => row.recipientId));
  const settings = await db.notificationSettings.findMany({
    select: { userId: true, staleAfterDays: true, mutedKinds: true },
  });
  const periodOf = new Map(settings.map((row) => [row.userId, row.staleAfterDays]));
  const muted = new Set(
    settings.filter((row) => row.mutedKinds.split(" ").includes("forecasts.stale_digest")).map((row) => row.userId),
  );
  const shortest = Math.min(DEFAULT_STALE_AFTER_DAYS, ...settings.map((row) => row.staleAfterDays));
  const candidates = await db.latestForecast.findMany({
    where: {
      createdAt: { lt: new Date(now.getTime() - shortest * DAY_MS) },
      question: { resolvedAt: null, closeAt: { gt: now } },
      user: { deactivatedAt: null },
    },
    orderBy: { createdAt: "asc" },
    select: {
      questionId: true,
      userId: true,
      createdAt: true,
      question: { select: { teamId: true } },
      user: { select: { id: true, role: true, memberships: { select: { teamId: true } } } },
    },
  });
  const staleByUser = new Map<string, string[]>();
  for (const row of candidates) {
    if (done.has(row.userId) || muted.has(row.userId)) continue;
    const period = periodOf.get(row.userId) ?? DEFAULT_STALE_AFTER_DAYS;
    if (row.createdAt.getTime() >= now.getTime() - period * DAY_MS) continue;
    if (!canSeeQuestion(viewerOf(row.user), row.question)) continue;
    staleByUser.set(row.userId, [...(staleByUser.get(row.userId) ?? []), row.questionId]);
  }
  let written = 0;
  for (const [userId, questionIds] of staleByUser) {
    const draft: NotificationDraft = {
      recipientId: userId,
      kind: "forecasts.stale_digest",
      questionId: null,
      sessionId: null,
      payload: {
        staleQuestionIds: questionIds.slice(0, DIGEST_MAX_QUESTIONS),
        staleCount: questionIds.length,
        staleAfterDays: periodOf.get(userId) ?? DEFAULT_STALE_AFTER_DAYS,
      },
    };
    if (await writeOnce(db, eventId, draft, now)) written++;
  }
  return written;
}

export const PERIODIC_CHECK_INTERVAL_MS = 10 * 60_000;

/** Both checks; the dispatcher loop runs this every PERIODIC_CHECK_INTERVAL_MS. */
export async function runPeriodicNotificationChecks(db: Db, now: Date) {
  const pastResolveBy = await notifyPastResolveBy(db, now);
  const digests = await sendStaleForecastDigests(db, now);
  return { pastResolveBy, digests };
}
