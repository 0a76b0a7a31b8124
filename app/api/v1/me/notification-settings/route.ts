import { jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { readNotificationSettings, updateNotificationSettings } from "@/lib/notifications/settings";

export const GET = signedInApiRoute(async ({ db, viewer }) => readNotificationSettings(db, viewer.userId));

export const PUT = signedInApiRoute(async ({ db, viewer, request }) =>
  updateNotificationSettings(db, viewer, await jsonBody(request)),
);
