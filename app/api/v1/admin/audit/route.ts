import { listAuditEntries } from "@/lib/audit/list";
import { auditQuery } from "@/lib/audit/schemas";
import { searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { requireAdmin } from "@/lib/users/access";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

/** The audit log, newest first: `{ items, nextCursor }`. Administrators only; 404 for anyone else. */
export const GET = signedInApiRoute(async ({ db, viewer, request }) => {
  // Checked before the query is read, so a non-admin learns nothing from validation errors either.
  requireAdmin(viewer);
  const filters = parseInput(auditQuery, searchParamsObject(searchParamsOf(request)));
  return listAuditEntries(db, viewer, filters);
});
