"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/feeds";
import { signedInAction, type ActionResult } from "@/lib/http/action";
import { siteFor } from "@/lib/http/session";
import { parseInput } from "@/lib/validation/parse";
import { createWebhook, deleteWebhook, queueTestDelivery } from "@/lib/webhooks/manage";
import { webhookIdParam } from "@/lib/webhooks/schemas";

const PAGE = "/settings/integrations";

export type CreatedWebhook = { id: string; url: string; secret: string };

export async function addWebhook(input: unknown): Promise<ActionResult<CreatedWebhook>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    const created = await createWebhook(db, viewer, input);
    return { id: created.id, url: created.url, secret: created.secret };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function removeWebhook(id: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    const input = parseInput(webhookIdParam, { id });
    await deleteWebhook(db, viewer, input.id);
    return { id: input.id };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function sendTest(id: unknown): Promise<ActionResult<{ deliveryId: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    const input = parseInput(webhookIdParam, { id });
    const delivery = await queueTestDelivery(db, viewer, input.id);
    return { deliveryId: delivery.id };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function newCalendarUrl(): Promise<ActionResult<{ url: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    // The public URL when one is set, else the origin this page was reached at.
    const feed = await createCalendarFeed(db, viewer, siteFor(await headers()).origin);
    return { url: feed.url };
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}

export async function revokeCalendarUrl(): Promise<ActionResult<null>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    await revokeCalendarFeed(db, viewer);
    return null;
  });
  if (result.ok) revalidatePath(PAGE);
  return result;
}
