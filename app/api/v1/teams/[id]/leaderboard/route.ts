// The team dashboard's numbers: members only (others get 404), `?theme=&from=&to=`.
import { searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { teamLeaderboard } from "@/lib/teams/leaderboard";
import { teamIdParam } from "@/lib/teams/schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

export const GET = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(teamIdParam, params);
  return teamLeaderboard(db, viewer, id, searchParamsObject(searchParamsOf(request)));
});
