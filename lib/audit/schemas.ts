// The audit log's filters: the same schema validates the admin page's query string and the API.
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "./actions";
import { dateRangeMessage, isWithinDateRange, limitUpTo, text } from "../validation/common";
import { timeIdCursor } from "./cursor";

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;

const day = /^\d{4}-\d{2}-\d{2}$/;

/** A day (YYYY-MM-DD, UTC) or an ISO date-time. `to` as a day includes that whole day. */
const moment = (name: string, endOfDay: boolean) =>
  text(name)
    .trim()
    .refine((value) => day.test(value) || z.iso.datetime({ offset: true }).safeParse(value).success, {
      error: `${name} must be a date (YYYY-MM-DD) or an ISO date-time`,
    })
    .transform((value) => {
      if (!day.test(value)) return new Date(value);
      const start = new Date(`${value}T00:00:00.000Z`);
      return endOfDay ? new Date(start.getTime() + 86_400_000 - 1) : start;
    })
    .refine((date) => !Number.isNaN(date.getTime()), { error: `${name} is not a real date`, abort: true })
    .refine(isWithinDateRange, { error: dateRangeMessage(name) });

export const auditQuery = z
  .object({
    actor: text("actor").trim().min(1).max(200, { error: "actor must be at most 200 characters" }).optional(),
    action: z.enum(AUDIT_ACTIONS, { error: "action is not an action the audit log records" }).optional(),
    targetType: z
      .enum(AUDIT_TARGET_TYPES, { error: `targetType must be one of ${AUDIT_TARGET_TYPES.join(", ")}` })
      .optional(),
    targetId: text("targetId").trim().min(1).max(200, { error: "targetId must be at most 200 characters" }).optional(),
    from: moment("from", false).optional(),
    to: moment("to", true).optional(),
    cursor: timeIdCursor.optional(),
    limit: limitUpTo(AUDIT_PAGE_MAX).default(AUDIT_PAGE_DEFAULT),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from.getTime() <= query.to.getTime(), {
    error: "from must not be after to",
    path: ["to"],
  });

export type AuditQuery = z.output<typeof auditQuery>;
