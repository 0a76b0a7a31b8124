"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { signedInAction, type ActionResult } from "@/lib/http/action";
import { createSession } from "@/lib/sessions/sessions";
import { createInvite, revokeInvite } from "@/lib/teams/invites";
import { changeMemberRole, createTeam, removeMember } from "@/lib/teams/teams";

async function origin(): Promise<string> {
  if (process.env.BETTER_AUTH_URL) return process.env.BETTER_AUTH_URL;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export async function createTeamAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => ({ id: (await createTeam(db, viewer, input)).id }));
  if (result.ok) revalidatePath("/teams");
  return result;
}

export async function createInviteAction(
  teamId: string,
  input: unknown,
): Promise<ActionResult<{ url: string; expiresAt: string }>> {
  const base = await origin();
  const result = await signedInAction(async ({ db, viewer }) => {
    const invite = await createInvite(db, viewer, teamId, input, base);
    return { url: invite.url, expiresAt: invite.expiresAt.toISOString() };
  });
  if (result.ok) revalidatePath(`/teams/${teamId}`);
  return result;
}

export async function revokeInviteAction(teamId: string, inviteId: string): Promise<ActionResult<null>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    await revokeInvite(db, viewer, teamId, inviteId);
    return null;
  });
  if (result.ok) revalidatePath(`/teams/${teamId}`);
  return result;
}

export async function changeRoleAction(teamId: string, userId: string, role: string): Promise<ActionResult<null>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    await changeMemberRole(db, viewer, teamId, userId, { role });
    return null;
  });
  if (result.ok) revalidatePath(`/teams/${teamId}`);
  return result;
}

export async function removeMemberAction(teamId: string, userId: string): Promise<ActionResult<null>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    await removeMember(db, viewer, teamId, userId);
    return null;
  });
  if (result.ok) revalidatePath(`/teams/${teamId}`);
  return result;
}

export async function createSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return signedInAction(async ({ db, viewer }) => ({ id: (await createSession(db, viewer, input)).id }));
}
