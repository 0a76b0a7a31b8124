// Notifications as the API writes them (dates as ISO strings).
import type { InboxEntry } from "./inbox";

export const notificationJson = (entry: InboxEntry) => ({
  ...entry,
  createdAt: entry.createdAt.toISOString(),
  readAt: entry.readAt?.toISOString() ?? null,
});
