// Creating, listing and removing webhooks, sending a test, reading the delivery log. A personal
// webhook is its owner's alone; a team's is managed by the team's owners and facilitators.
import { randomBytes } from "node:crypto";
import { actorOf, recordAudit } from "../audit/record";
import { afterCursor, encodeTimeIdCursor } from "../audit/cursor";
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { recordOutboxEvent } from "../outbox/record";
import { canFacilitate, requireRole } from "../teams/access";
import { parseInput } from "../validation/parse";
import { eventsOf } from "./events";
import { createWebhookInput, webhookDeliveriesQuery } from "./schemas";
import { checkWebhookUrl } from "./url-safety";

const SECRET_PREFIX = "whsec_";
const TEAM_ADMIN_ROLES = ["OWNER", "FACILITATOR"] as const;

const WEBHOOK_FIELDS = {
  id: true,
  url: true,
  events: true,
  format: true,
  teamId: true,
  createdAt: true,
  team: { select: { name: true } },
  owner: { select: { name: true } },
} as const;

type WebhookRow = {
  id: string;
  url: string;
  events: string;
  format: string;
  teamId: string | null;
  createdAt: Date;
  team: { name: string } | null;
  owner: { name: string };
};

export type WebhookView = ReturnType<typeof webhookView>;

function webhookView(row: WebhookRow) {
  return {
    id: row.id,
    url: row.url,
    events: eventsOf(row.events),
    format: row.format as "slack" | "json",
    team: row.teamId ? { id: row.teamId, name: row.team?.name ?? "" } : null,
    createdBy: row.owner.name,
    createdAt: row.createdAt,
  };
}

/** Only the URL's origin goes into the audit log: chat services put their credentials in the path. */
const auditedUrl = (url: string) => new URL(url).origin;

export async function createWebhook(db: Db, viewer: SignedInViewer, rawInput: unknown, now = new Date()) {
  const input = parseInput(createWebhookInput, rawInput);
  if (input.teamId) await requireRole(db, viewer, input.teamId, [...TEAM_ADMIN_ROLES]);
  const url = await checkWebhookUrl(input.url);
  const secret = SECRET_PREFIX + randomBytes(32).toString("base64url");
  const created = await db.$transaction(async (tx) => {
    const webhook = await tx.webhook.create({
      data: {
        ownerId: viewer.userId,
        teamId: input.teamId ?? null,
        url: url.href,
        events: input.events.join(" "),
        format: input.format,
        secret,
        createdAt: now,
      },
      select: WEBHOOK_FIELDS,
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "webhook.created",
      target: { type: "webhook", id: webhook.id },
      after: { origin: auditedUrl(webhook.url), events: input.events, format: input.format, teamId: webhook.teamId },
    });
    return webhook;
  });
  return { ...webhookView(created), secret };
}

/** Your personal webhooks and those of the teams you own or facilitate, newest first. */
export async function listWebhooks(db: Db, viewer: SignedInViewer): Promise<WebhookView[]> {
  const adminTeams = await db.teamMembership.findMany({
    where: { userId: viewer.userId, role: { in: [...TEAM_ADMIN_ROLES] } },
    select: { teamId: true },
  });
  const rows = await db.webhook.findMany({
    where: {
      OR: [{ ownerId: viewer.userId, teamId: null }, { teamId: { in: adminTeams.map((team) => team.teamId) } }],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: WEBHOOK_FIELDS,
  });
  return rows.map(webhookView);
}

/** A webhook the viewer manages; someone else's is "not found", a team's for a plain member 403. */
async function requireManageable(db: Db, viewer: SignedInViewer, webhookId: string) {
  const webhook = await db.webhook.findUnique({ where: { id: webhookId }, select: WEBHOOK_FIELDS });
  if (!webhook) throw notFound("Webhook");
  if (webhook.teamId === null) {
    if ((await db.webhook.count({ where: { id: webhookId, ownerId: viewer.userId } })) === 0) {
      throw notFound("Webhook");
    }
    return webhook;
  }
  const membership = await db.teamMembership.findUnique({
    where: { teamId_userId: { teamId: webhook.teamId, userId: viewer.userId } },
    select: { role: true },
  });
  if (!membership) throw notFound("Webhook");
  if (!canFacilitate(membership.role)) {
    throw new AppError("forbidden", "A team's webhooks are managed by its owners and facilitators");
  }
  return webhook;
}

export async function deleteWebhook(db: Db, viewer: SignedInViewer, webhookId: string) {
  const webhook = await requireManageable(db, viewer, webhookId);
  await db.$transaction(async (tx) => {
    await tx.webhook.delete({ where: { id: webhook.id } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "webhook.deleted",
      target: { type: "webhook", id: webhook.id },
      before: { origin: auditedUrl(webhook.url), events: eventsOf(webhook.events), teamId: webhook.teamId },
    });
  });
}

/** Queues a "ping" to this webhook alone; the dispatcher sends it like any other delivery. */
export async function queueTestDelivery(db: Db, viewer: SignedInViewer, webhookId: string, now = new Date()) {
  const webhook = await requireManageable(db, viewer, webhookId);
  return db.$transaction(async (tx) => {
    const event = await recordOutboxEvent(
      tx,
      { type: "ping", payload: { webhookId: webhook.id }, occurredAt: now },
      { fannedOut: true },
    );
    return tx.webhookDelivery.create({
      data: { eventId: event.id, webhookId: webhook.id, nextAttemptAt: now, createdAt: now },
      select: { id: true, status: true, createdAt: true },
    });
  });
}

export type DeliveryLogEntry = {
  id: string;
  event: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
};

export async function listDeliveries(db: Db, viewer: SignedInViewer, webhookId: string, rawQuery: unknown) {
  const query = parseInput(webhookDeliveriesQuery, rawQuery);
  const webhook = await requireManageable(db, viewer, webhookId);
  const rows = await db.webhookDelivery.findMany({
    where: { AND: [{ webhookId: webhook.id }, afterCursor("createdAt", query.cursor)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      status: true,
      attempts: true,
      lastStatusCode: true,
      lastError: true,
      nextAttemptAt: true,
      deliveredAt: true,
      createdAt: true,
      event: { select: { type: true } },
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const items: DeliveryLogEntry[] = page.map((row) => ({
    id: row.id,
    event: row.event.type,
    status: row.status as DeliveryLogEntry["status"],
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    nextAttemptAt: row.status === "pending" ? row.nextAttemptAt : null,
    deliveredAt: row.deliveredAt,
    createdAt: row.createdAt,
  }));
  return {
    webhook: webhookView(webhook),
    items,
    nextCursor: rows.length > query.limit && last ? encodeTimeIdCursor(last.createdAt, last.id) : null,
  };
}

/** The teams whose webhooks the viewer may add (owner or facilitator), for the settings form. */
export async function teamsForWebhooks(db: Db, viewer: SignedInViewer) {
  const memberships = await db.teamMembership.findMany({
    where: { userId: viewer.userId, role: { in: [...TEAM_ADMIN_ROLES] } },
    orderBy: { team: { name: "asc" } },
    select: { team: { select: { id: true, name: true } } },
  });
  return memberships.map((membership) => membership.team);
}
