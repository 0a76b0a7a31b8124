import { signedInApiRoute } from "@/lib/http/api-route";
import { sessionIdParam } from "@/lib/sessions/schemas";
import { advanceSession } from "@/lib/sessions/sessions";
import { parseInput } from "@/lib/validation/parse";

export const POST = signedInApiRoute<{ id: string }>(async ({ db, viewer, params }) => {
  const { id } = parseInput(sessionIdParam, params);
  return advanceSession(db, viewer, id);
});
