import { jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { memberParams } from "@/lib/teams/schemas";
import { changeMemberRole, removeMember } from "@/lib/teams/teams";
import { parseInput } from "@/lib/validation/parse";

export const PATCH = signedInApiRoute<{ id: string; userId: string }>(async ({ db, viewer, params, request }) => {
  const { id, userId } = parseInput(memberParams, params);
  const membership = await changeMemberRole(db, viewer, id, userId, await jsonBody(request));
  return { userId: membership.user.id, name: membership.user.name, role: membership.role };
});

export const DELETE = signedInApiRoute<{ id: string; userId: string }>(async ({ db, viewer, params }) => {
  const { id, userId } = parseInput(memberParams, params);
  await removeMember(db, viewer, id, userId);
  return new Response(null, { status: 204 });
});
