// The audit log page (GET /admin/audit).
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "../../audit/actions";
import { isoDateTime, nextCursor } from "./common";

export const auditPage = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      at: isoDateTime,
      actor: z.object({
        id: z.string().nullable(),
        label: z.string(),
        email: z.string().nullable().describe("The actor's current address, when the account still exists"),
      }),
      action: z.enum(AUDIT_ACTIONS),
      target: z.object({ type: z.enum(AUDIT_TARGET_TYPES), id: z.string() }),
      before: z.unknown().describe("The recorded state before the change (any JSON), or null"),
      after: z.unknown().describe("The recorded state after the change (any JSON), or null"),
    }),
  ),
  nextCursor,
});
