import { calendarForToken } from "@/lib/calendar/ics";
import { calendarTokenParam } from "@/lib/calendar/schemas";
import { readDeploymentConfig } from "@/lib/deployment/config";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput } from "@/lib/validation/parse";

/** The token in the path is the credential (calendar applications send no other). */
export const GET = apiRoute<{ token: string }>(async ({ db, params, request }) => {
  const { token } = parseInput(calendarTokenParam, params);
  const origin = readDeploymentConfig().publicOrigin ?? new URL(request.url).origin;
  const document = await calendarForToken(db, token, origin);
  return new Response(document, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="forecast-workbench.ics"',
      "cache-control": "private, no-store",
    },
  });
});
