// Turns new outbox events into deliveries: one per event and matching webhook, created in the
// transaction that marks the event done, under a unique (event, webhook) key, so two processes
// fanning out at once never send anything twice.
import type { Db } from "../db/client";
import { canSeeQuestion } from "../domain/viewer";
import { eventsOf } from "./events";

const FAN_OUT_BATCH = 100;

type WebhookAudience = {
  id: string;
  teamId: string | null;
  events: string[];
  createdAt: Date;
  ownerTeamIds: string[];
  ownerRole: "USER" | "ADMIN";
  ownerId: string;
};

/** The team an event is about (its question's or session's), or null for a public question. */
function subjectTeamOf(payload: Record<string, unknown>): string | null {
  return typeof payload.teamId === "string" ? payload.teamId : null;
}

/**
 * A team's webhook hears of that team's questions and sessions; a personal one of what its owner
 * may read (public questions, and their teams'). Nobody hears of what happened before their
 * webhook existed.
 */
export function webhookMatches(
  webhook: WebhookAudience,
  event: { type: string; occurredAt: Date; payload: Record<string, unknown> },
): boolean {
  if (!webhook.events.includes(event.type)) return false;
  if (webhook.createdAt.getTime() > event.occurredAt.getTime()) return false;
  const teamId = subjectTeamOf(event.payload);
  if (webhook.teamId) return teamId === webhook.teamId;
  const owner = { userId: webhook.ownerId, name: "", role: webhook.ownerRole, teamIds: webhook.ownerTeamIds };
  return canSeeQuestion(owner, { teamId });
}

async function audiences(db: Db): Promise<WebhookAudience[]> {
  const webhooks = await db.webhook.findMany({
    where: { owner: { deactivatedAt: null } },
    select: {
      id: true,
      teamId: true,
      events: true,
      createdAt: true,
      ownerId: true,
      owner: { select: { role: true, memberships: { select: { teamId: true } } } },
    },
  });
  return webhooks.map((webhook) => ({
    id: webhook.id,
    teamId: webhook.teamId,
    events: eventsOf(webhook.events),
    createdAt: webhook.createdAt,
    ownerId: webhook.ownerId,
    ownerRole: webhook.owner.role,
    ownerTeamIds: webhook.owner.memberships.map((membership) => membership.teamId),
  }));
}

/** Fans out up to one batch of events; returns how many events it handled. */
export async function fanOutPendingEvents(db: Db, now: Date): Promise<number> {
  const events = await db.outboxEvent.findMany({
    where: { webhooksFannedOutAt: null },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take: FAN_OUT_BATCH,
    select: { id: true, type: true, payload: true, occurredAt: true },
  });
  if (events.length === 0) return 0;
  const webhooks = await audiences(db);
  const withTargets: { id: string; targets: WebhookAudience[] }[] = [];
  const unheard: string[] = [];
  for (const event of events) {
    const payload = JSON.parse(event.payload) as Record<string, unknown>;
    const targets = webhooks.filter((webhook) => webhookMatches(webhook, { ...event, payload }));
    if (targets.length > 0) withTargets.push({ id: event.id, targets });
    else unheard.push(event.id);
  }
  // Most events match no webhook: they are marked in one statement, not one transaction each
  // (on SQLite every write transaction queues behind the others).
  let handled = 0;
  if (unheard.length > 0) {
    const marked = await db.outboxEvent.updateMany({
      where: { id: { in: unheard }, webhooksFannedOutAt: null },
      data: { webhooksFannedOutAt: now },
    });
    handled += marked.count;
  }
  for (const event of withTargets) {
    const done = await db.$transaction(async (tx) => {
      // Whoever marks the event first creates its deliveries; anyone else skips it.
      const claimed = await tx.outboxEvent.updateMany({
        where: { id: event.id, webhooksFannedOutAt: null },
        data: { webhooksFannedOutAt: now },
      });
      if (claimed.count === 0) return false;
      await tx.webhookDelivery.createMany({
        data: event.targets.map((webhook) => ({ eventId: event.id, webhookId: webhook.id, nextAttemptAt: now })),
      });
      return true;
    });
    if (done) handled++;
  }
  return handled;
}
