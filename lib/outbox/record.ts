// The outbox: every event other parts of the workbench react to (webhooks now) is written in
// the transaction of the change that caused it. A rolled-back change leaves no event, and a
// committed one cannot be lost by a crash between "saved" and "told": consumers read the table.
import type { DbTransaction } from "../db/client";
import { kickOutboxConsumers } from "./kick";

export const OUTBOX_EVENT_TYPES = [
  "question.created",
  "question.resolved",
  "forecast.created",
  "session.started",
  "session.step_changed",
  "comment.created",
  "ping",
] as const;
export type OutboxEventType = (typeof OUTBOX_EVENT_TYPES)[number];

/** Ids only: consumers look up what they show, and check who may see it, when they use it. */
export type OutboxPayload = {
  "question.created": { questionId: string; teamId: string | null; actorId: string };
  "question.resolved": {
    questionId: string;
    teamId: string | null;
    resolutionId: string;
    reResolved: boolean;
    actorId: string;
  };
  "forecast.created": { questionId: string; teamId: string; forecastId: string; userId: string };
  "session.started": { sessionId: string; teamId: string; actorId: string };
  "session.step_changed": { sessionId: string; teamId: string; step: string; actorId: string };
  "comment.created": {
    questionId: string;
    teamId: string | null;
    commentId: string;
    parentId: string | null;
    actorId: string;
  };
  ping: { webhookId: string };
};

export type OutboxEventInput<T extends OutboxEventType = OutboxEventType> = {
  type: T;
  payload: OutboxPayload[T];
  occurredAt: Date;
};

export async function recordOutboxEvent<T extends OutboxEventType>(
  tx: Pick<DbTransaction, "outboxEvent">,
  event: OutboxEventInput<T>,
  options: { fannedOut?: boolean } = {},
) {
  const created = await tx.outboxEvent.create({
    data: {
      type: event.type,
      payload: JSON.stringify(event.payload),
      occurredAt: event.occurredAt,
      webhooksFannedOutAt: options.fannedOut ? event.occurredAt : null,
    },
    select: { id: true },
  });
  kickOutboxConsumers();
  return created;
}

export function parseOutboxPayload<T extends OutboxEventType>(_type: T, payload: string): OutboxPayload[T] {
  return JSON.parse(payload) as OutboxPayload[T];
}
