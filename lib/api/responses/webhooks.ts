// Outgoing webhooks, their delivery log, and the calendar feed (lib/webhooks, lib/calendar).
import { z } from "zod";
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from "../../webhooks/events";
import { isoDateTime, nextCursor } from "./common";

const webhookFields = {
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  format: z.enum(WEBHOOK_FORMATS),
  team: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .describe("The team whose questions and sessions it reports; null for a personal webhook"),
  createdBy: z.string(),
  createdAt: isoDateTime,
};

export const webhook = z.object(webhookFields);

export const webhookCreated = z.object({
  ...webhookFields,
  secret: z
    .string()
    .describe("Shown once: verify `X-Workbench-Signature: sha256=<hex HMAC-SHA256 of the raw body with this secret>`"),
});

export const webhookList = z.object({ items: z.array(webhook) });

export const webhookTestQueued = z.object({
  deliveryId: z.string(),
  status: z.literal("pending"),
  createdAt: isoDateTime,
});

export const webhookDeliveryPage = z.object({
  webhook,
  items: z.array(
    z.object({
      id: z.string().describe("Sent as X-Workbench-Delivery"),
      event: z.string(),
      status: z.enum(["pending", "delivered", "failed"]),
      attempts: z.number().int(),
      lastStatusCode: z.number().int().nullable().describe("The receiver's HTTP status on the last attempt"),
      lastError: z.string().nullable(),
      nextAttemptAt: isoDateTime.nullable().describe("When a pending delivery is tried next"),
      deliveredAt: isoDateTime.nullable(),
      createdAt: isoDateTime,
    }),
  ),
  nextCursor,
});

export const calendarFeedCreated = z.object({
  url: z.string().describe("Shown once: subscribe to it in a calendar application; making a new one revokes it"),
  createdAt: isoDateTime,
});

export const calendarDocument = z.string().describe("An iCalendar (RFC 5545) document");
