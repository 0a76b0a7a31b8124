import { created, jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { webhookJson } from "@/lib/webhooks/json";
import { createWebhook, listWebhooks } from "@/lib/webhooks/manage";

export const GET = signedInApiRoute(async ({ db, viewer }) => ({
  items: (await listWebhooks(db, viewer)).map(webhookJson),
}));

export const POST = signedInApiRoute(async ({ db, viewer, request }) => {
  const { secret, ...webhook } = await createWebhook(db, viewer, await jsonBody(request));
  return created({ ...webhookJson(webhook), secret });
});
