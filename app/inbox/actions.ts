"use server";
import { revalidatePath } from "next/cache";
import { signedInAction } from "@/lib/http/action";
import { markNotificationsRead } from "@/lib/notifications/inbox";

export async function markAllRead(): Promise<void> {
  const result = await signedInAction(({ db, viewer }) => markNotificationsRead(db, viewer, { all: true }, new Date()));
  if (result.ok) revalidatePath("/", "layout");
}
