import { created, jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { createTeam, listMyTeams } from "@/lib/teams/teams";

export const GET = signedInApiRoute(async ({ db, viewer }) => ({
  items: (await listMyTeams(db, viewer)).map(({ role, team }) => ({
    id: team.id,
    name: team.name,
    role,
    members: team._count.memberships,
    questions: team._count.questions,
    sessions: team._count.sessions,
  })),
}));

export const POST = signedInApiRoute(async ({ db, viewer, request }) => {
  const team = await createTeam(db, viewer, await jsonBody(request));
  return created({ id: team.id, name: team.name, slug: team.slug, role: "OWNER" });
});
