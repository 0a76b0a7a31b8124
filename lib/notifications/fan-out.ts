// Turns new outbox events into in-app notifications, as a second consumer of the outbox beside
// the webhook dispatcher, with its own marker column. An event's notifications are written in
// the transaction that marks it, under a unique (event, recipient, kind) key, so two processes
// fanning out at once never notify anyone twice.
import type { Db } from "../db/client";
import { canSeeQuestion } from "../domain/viewer";
import { parseOutboxPayload } from "../outbox/record";
import type { NotificationKind, NotificationPayload } from "./kinds";

const FAN_OUT_BATCH = 100;

type OutboxRow = { id: string; type: string; payload: string; occurredAt: Date };
type Draft = {
  recipientId: string;
  kind: NotificationKind;
  questionId: string | null;
  sessionId: string | null;
  payload: NotificationPayload;
};

/** Everyone who forecast on the question and may still see it, except whoever resolved it. */
async function resolutionNotices(db: Db, event: OutboxRow): Promise<Draft[]> {
  const payload = parseOutboxPayload("question.resolved", event.payload);
  const forecasters = await db.forecast.findMany({
    where: { questionId: payload.questionId, practiceRunId: null, userId: { not: payload.actorId } },
    distinct: ["userId"],
    select: {
      user: {
        select: { id: true, role: true, deactivatedAt: true, memberships: { select: { teamId: true } } },
      },
    },
  });
  const recipients = forecasters
    .map((row) => row.user)
    .filter((user) => user.deactivatedAt === null)
    .filter((user) =>
      canSeeQuestion(
        { userId: user.id, name: "", role: user.role, teamIds: user.memberships.map((m) => m.teamId) },
        { teamId: payload.teamId },
      ),
    );
  if (recipients.length === 0) return [];
  const scores = await db.questionScore.findMany({
    where: {
      questionId: payload.questionId,
      resolutionId: payload.resolutionId,
      userId: { in: recipients.map((user) => user.id) },
    },
    select: { userId: true, finalBrier: true, timeAvgBrier: true, peerScore: true },
  });
  const scoreOf = new Map(scores.map((score) => [score.userId, score]));
  return recipients.map((user) => {
    const score = scoreOf.get(user.id);
    return {
      recipientId: user.id,
      kind: "question.resolved",
      questionId: payload.questionId,
      sessionId: null,
      payload: {
        reResolved: payload.reResolved,
        scores: score
          ? { finalBrier: score.finalBrier, timeAvgBrier: score.timeAvgBrier, peerScore: score.peerScore }
          : null,
      },
    };
  });
}

/** Every active member of the session's team, except whoever moved it on. */
async function sessionStepNotices(db: Db, event: OutboxRow): Promise<Draft[]> {
  const payload = parseOutboxPayload("session.step_changed", event.payload);
  const members = await db.teamMembership.findMany({
    where: { teamId: payload.teamId, userId: { not: payload.actorId }, user: { deactivatedAt: null } },
    select: { userId: true },
  });
  return members.map((member) => ({
    recipientId: member.userId,
    kind: "session.step_changed",
    questionId: null,
    sessionId: payload.sessionId,
    payload: { step: payload.step.toLowerCase() },
  }));
}

async function noticesFor(db: Db, event: OutboxRow): Promise<Draft[]> {
  if (event.type === "question.resolved") return resolutionNotices(db, event);
  if (event.type === "session.step_changed") return sessionStepNotices(db, event);
  return [];
}

/** Fans out up to one batch of events; returns how many events it handled. */
export async function fanOutNotifications(db: Db, now: Date): Promise<number> {
  const events = await db.outboxEvent.findMany({
    where: { notificationsFannedOutAt: null },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take: FAN_OUT_BATCH,
    select: { id: true, type: true, payload: true, occurredAt: true },
  });
  if (events.length === 0) return 0;
  const withNotices: { event: OutboxRow; notices: Draft[] }[] = [];
  const silent: string[] = [];
  for (const event of events) {
    const notices = await noticesFor(db, event);
    if (notices.length > 0) withNotices.push({ event, notices });
    else silent.push(event.id);
  }
  let handled = 0;
  if (silent.length > 0) {
    const marked = await db.outboxEvent.updateMany({
      where: { id: { in: silent }, notificationsFannedOutAt: null },
      data: { notificationsFannedOutAt: now },
    });
    handled += marked.count;
  }
  for (const { event, notices } of withNotices) {
    const done = await db.$transaction(async (tx) => {
      // Whoever marks the event first writes its notifications; anyone else skips it.
      const claimed = await tx.outboxEvent.updateMany({
        where: { id: event.id, notificationsFannedOutAt: null },
        data: { notificationsFannedOutAt: now },
      });
      if (claimed.count === 0) return false;
      await tx.notification.createMany({
        data: notices.map((notice) => ({
          eventId: event.id,
          recipientId: notice.recipientId,
          kind: notice.kind,
          questionId: notice.questionId,
          sessionId: notice.sessionId,
          payload: JSON.stringify(notice.payload),
          createdAt: event.occurredAt,
        })),
      });
      return true;
    });
    if (done) handled++;
  }
  return handled;
}
