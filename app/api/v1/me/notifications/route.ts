import { searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { listNotifications } from "@/lib/notifications/inbox";
import { notificationJson } from "@/lib/notifications/json";
import { searchParamsObject } from "@/lib/validation/common";

export const GET = signedInApiRoute(async ({ db, viewer, request }) => {
  const page = await listNotifications(db, viewer, searchParamsObject(searchParamsOf(request)));
  return { items: page.items.map(notificationJson), unreadCount: page.unreadCount, nextCursor: page.nextCursor };
});
