// The events a webhook can subscribe to (the outbox also carries "ping", sent only by "Send test").
export const WEBHOOK_EVENTS = [
  "question.created",
  "question.resolved",
  "forecast.created",
  "session.step_changed",
  "comment.created",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "question.created": "A question was created",
  "question.resolved": "A question was resolved or re-resolved",
  "forecast.created": "Someone forecast on a team question",
  "session.step_changed": "A calibration session moved to its next step",
  "comment.created": "Someone commented on a question",
};

export const WEBHOOK_FORMATS = ["slack", "json"] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export const eventsOf = (stored: string) => stored.split(" ").filter(Boolean);
