import { signedInApiRoute } from "@/lib/http/api-route";
import { acceptInvite } from "@/lib/teams/invites";
import { inviteTokenParam } from "@/lib/teams/schemas";
import { parseInput } from "@/lib/validation/parse";

export const POST = signedInApiRoute<{ token: string }>(async ({ db, viewer, params }) => {
  const { token } = parseInput(inviteTokenParam, params);
  return acceptInvite(db, viewer, token);
});
