import { NextResponse } from "next/server";
import { signedInApiRoute } from "@/lib/http/api-route";
import { parseInput } from "@/lib/validation/parse";
import { queueTestDelivery } from "@/lib/webhooks/manage";
import { webhookIdParam } from "@/lib/webhooks/schemas";

export const POST = signedInApiRoute<{ id: string }>(async ({ db, viewer, params }) => {
  const { id } = parseInput(webhookIdParam, params);
  const delivery = await queueTestDelivery(db, viewer, id);
  return NextResponse.json(
    { deliveryId: delivery.id, status: "pending", createdAt: delivery.createdAt.toISOString() },
    { status: 202 },
  );
});
