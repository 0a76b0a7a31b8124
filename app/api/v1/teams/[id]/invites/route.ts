import { created, optionalJsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { createInvite } from "@/lib/teams/invites";
import { teamIdParam } from "@/lib/teams/schemas";
import { parseInput } from "@/lib/validation/parse";

export const POST = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(teamIdParam, params);
  const body = await optionalJsonBody(request);
  const origin = process.env.BETTER_AUTH_URL ?? new URL(request.url).origin;
  const invite = await createInvite(db, viewer, id, body, origin);
  return created({
    token: invite.token,
    url: invite.url,
    expiresAt: invite.expiresAt.toISOString(),
    role: invite.role,
  });
});
