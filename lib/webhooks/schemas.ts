// Inputs of the webhook API and settings page: one schema each, shared by both.
import { z } from "zod";
import { timeIdCursor } from "../audit/cursor";
import { limitUpTo, recordId, text } from "../validation/common";
import { WEBHOOK_EVENTS, WEBHOOK_FORMATS } from "./events";

export const WEBHOOK_URL_MAX = 2000;

export const createWebhookInput = z
  .object({
    url: text("url", { error: "url is required" })
      .trim()
      .min(1, { error: "url is required" })
      .max(WEBHOOK_URL_MAX, { error: `url must be at most ${WEBHOOK_URL_MAX} characters` }),
    events: z
      .array(z.enum(WEBHOOK_EVENTS, { error: `events must each be one of ${WEBHOOK_EVENTS.join(", ")}` }), {
        error: "events must be a list of event names",
      })
      .min(1, { error: "events must name at least one event" })
      .transform((events) => [...new Set(events)]),
    format: z.enum(WEBHOOK_FORMATS, { error: `format must be ${WEBHOOK_FORMATS.join(" or ")}` }),
    teamId: recordId("teamId").optional(),
  })
  .strict();
export type CreateWebhookInput = z.input<typeof createWebhookInput>;

export const webhookIdParam = z.object({ id: recordId("webhookId") });

export const WEBHOOK_DELIVERY_PAGE_DEFAULT = 25;
export const webhookDeliveriesQuery = z
  .object({
    cursor: timeIdCursor.optional(),
    limit: limitUpTo(100).default(WEBHOOK_DELIVERY_PAGE_DEFAULT),
  })
  .strict();
