"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { signedInAction, type ActionResult } from "@/lib/http/action";
import { siteFor } from "@/lib/http/session";
import { deactivateUser, reactivateUser } from "@/lib/users/deactivate";
import { issuePasswordResetLink } from "@/lib/users/password-reset";

/** The origin people reach the app at (PUBLIC_URL, else this request's), for the link passed on. */
async function origin(): Promise<string> {
  return siteFor(new Headers(await headers())).origin;
}

export async function deactivateUserAction(userId: unknown): Promise<ActionResult<null>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    await deactivateUser(db, viewer, { userId });
    return null;
  });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function reactivateUserAction(userId: unknown): Promise<ActionResult<null>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    await reactivateUser(db, viewer, { userId });
    return null;
  });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function issueResetLinkAction(userId: unknown): Promise<ActionResult<{ url: string; expiresAt: string }>> {
  const base = await origin();
  return signedInAction(async ({ db, viewer }) => {
    const link = await issuePasswordResetLink(db, viewer, { userId }, base);
    return { url: link.url, expiresAt: link.expiresAt.toISOString() };
  });
}
