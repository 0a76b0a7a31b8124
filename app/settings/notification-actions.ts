"use server";
import { revalidatePath } from "next/cache";
import { signedInAction, type ActionResult } from "@/lib/http/action";
import { updateNotificationSettings, type NotificationSettingsView } from "@/lib/notifications/settings";

export async function saveNotificationSettings(input: unknown): Promise<ActionResult<NotificationSettingsView>> {
  const result = await signedInAction(async ({ db, viewer }) => updateNotificationSettings(db, viewer, input));
  if (result.ok) revalidatePath("/settings");
  return result;
}
