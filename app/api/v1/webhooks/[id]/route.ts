import { signedInApiRoute } from "@/lib/http/api-route";
import { parseInput } from "@/lib/validation/parse";
import { deleteWebhook } from "@/lib/webhooks/manage";
import { webhookIdParam } from "@/lib/webhooks/schemas";

export const DELETE = signedInApiRoute<{ id: string }>(async ({ db, viewer, params }) => {
  const { id } = parseInput(webhookIdParam, params);
  await deleteWebhook(db, viewer, id);
  return new Response(null, { status: 204 });
});
