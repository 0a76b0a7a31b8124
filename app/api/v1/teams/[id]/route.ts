import { searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { searchParamsObject } from "@/lib/validation/common";
import { teamIdParam } from "@/lib/teams/schemas";
import { getTeam } from "@/lib/teams/teams";
import { parseInput } from "@/lib/validation/parse";

export const GET = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(teamIdParam, params);
  const team = await getTeam(db, viewer, id, searchParamsObject(searchParamsOf(request)));
  return {
    id: team.id,
    name: team.name,
    slug: team.slug,
    createdAt: team.createdAt.toISOString(),
    yourRole: team.viewerRole,
    members: team.memberships.map((m) => ({
      userId: m.user.id,
      name: m.user.name,
      role: m.role,
      joinedAt: m.createdAt.toISOString(),
    })),
    memberCount: team.memberCount,
    nextCursor: team.nextMembersCursor,
  };
});
