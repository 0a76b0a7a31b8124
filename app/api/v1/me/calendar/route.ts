import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/feeds";
import { readDeploymentConfig } from "@/lib/deployment/config";
import { created, signedInApiRoute } from "@/lib/http/api-route";

export const POST = signedInApiRoute(async ({ db, viewer, request }) => {
  const origin = readDeploymentConfig().publicOrigin ?? new URL(request.url).origin;
  const feed = await createCalendarFeed(db, viewer, origin);
  return created({ url: feed.url, createdAt: feed.createdAt.toISOString() });
});

export const DELETE = signedInApiRoute(async ({ db, viewer }) => {
  await revokeCalendarFeed(db, viewer);
  return new Response(null, { status: 204 });
});
