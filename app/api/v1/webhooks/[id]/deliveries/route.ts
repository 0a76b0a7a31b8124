import { searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";
import { deliveryJson, webhookJson } from "@/lib/webhooks/json";
import { listDeliveries } from "@/lib/webhooks/manage";
import { webhookIdParam } from "@/lib/webhooks/schemas";

export const GET = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(webhookIdParam, params);
  const page = await listDeliveries(db, viewer, id, searchParamsObject(searchParamsOf(request)));
  return { webhook: webhookJson(page.webhook), items: page.items.map(deliveryJson), nextCursor: page.nextCursor };
});
