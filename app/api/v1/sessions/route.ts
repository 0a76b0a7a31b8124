import { created, jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { createSession } from "@/lib/sessions/sessions";

export const POST = signedInApiRoute(async ({ db, viewer, request }) => {
  const session = await createSession(db, viewer, await jsonBody(request));
  return created({ id: session.id, title: session.title, teamId: session.teamId, step: "round1" });
});
