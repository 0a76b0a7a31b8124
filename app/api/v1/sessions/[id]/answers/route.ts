import { created, jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { sessionIdParam } from "@/lib/sessions/schemas";
import { answerInSession } from "@/lib/sessions/sessions";
import { parseInput } from "@/lib/validation/parse";

export const POST = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(sessionIdParam, params);
  const answer = await answerInSession(db, viewer, id, await jsonBody(request));
  return created({ id: answer.id, round: answer.round, createdAt: answer.createdAt.toISOString() });
});
