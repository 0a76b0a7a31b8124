import { jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { markNotificationsRead } from "@/lib/notifications/inbox";

export const POST = signedInApiRoute(async ({ db, viewer, request }) =>
  markNotificationsRead(db, viewer, await jsonBody(request), new Date()),
);
