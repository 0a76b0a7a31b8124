import { jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { sessionIdParam } from "@/lib/sessions/schemas";
import { sessionView, updateSessionNotes } from "@/lib/sessions/sessions";
import { parseInput } from "@/lib/validation/parse";

export const GET = signedInApiRoute<{ id: string }>(async ({ db, viewer, params }) => {
  const { id } = parseInput(sessionIdParam, params);
  return sessionView(db, viewer, id);
});

/** The facilitator's discussion notes. */
export const PATCH = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(sessionIdParam, params);
  await updateSessionNotes(db, viewer, id, await jsonBody(request));
  return sessionView(db, viewer, id);
});
