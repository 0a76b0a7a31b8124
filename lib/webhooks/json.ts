// Webhooks as the API writes them (dates as ISO strings).
import type { DeliveryLogEntry, WebhookView } from "./manage";

export const webhookJson = (webhook: WebhookView) => ({ ...webhook, createdAt: webhook.createdAt.toISOString() });

export const deliveryJson = (entry: DeliveryLogEntry) => ({
  ...entry,
  nextAttemptAt: entry.nextAttemptAt?.toISOString() ?? null,
  deliveredAt: entry.deliveredAt?.toISOString() ?? null,
  createdAt: entry.createdAt.toISOString(),
});
