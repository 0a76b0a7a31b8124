// Inputs of the inbox API and page: one schema each, shared by both.
import { z } from "zod";
import { timeIdCursor } from "../audit/cursor";
import { limitUpTo, recordId } from "../validation/common";
import { NOTIFICATION_KINDS } from "./kinds";

export const INBOX_PAGE_DEFAULT = 25;

export const notificationsQuery = z
  .object({
    cursor: timeIdCursor.optional(),
    limit: limitUpTo(100).default(INBOX_PAGE_DEFAULT),
  })
  .strict();

export const markNotificationsReadInput = z
  .object({
    ids: z
      .array(recordId("ids"), { error: "ids must be a list of notification ids" })
      .max(100, { error: "ids must name at most 100 notifications" })
      .optional(),
    all: z.literal(true, { error: "all must be true when given" }).optional(),
  })
  .strict()
  .refine((input) => (input.ids !== undefined) !== (input.all !== undefined), {
    error: "give either ids or all: true",
    path: ["ids"],
  });
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadInput>;

export const STALE_AFTER_DAYS_RANGE = { min: 7, max: 365 } as const;

/** The whole of a person's notification settings (PUT replaces them; the form sends every field). */
export const notificationSettingsInput = z
  .object({
    mutedKinds: z
      .array(z.enum(NOTIFICATION_KINDS, { error: `mutedKinds must each be one of ${NOTIFICATION_KINDS.join(", ")}` }), {
        error: "mutedKinds must be a list of notification kinds",
      })
      .max(NOTIFICATION_KINDS.length, { error: "mutedKinds lists each kind at most once" }),
    staleAfterDays: z.coerce
      .number({ error: "staleAfterDays must be a number of days" })
      .int({ error: "staleAfterDays must be a whole number of days" })
      .min(STALE_AFTER_DAYS_RANGE.min, { error: `staleAfterDays must be at least ${STALE_AFTER_DAYS_RANGE.min}` })
      .max(STALE_AFTER_DAYS_RANGE.max, { error: `staleAfterDays must be at most ${STALE_AFTER_DAYS_RANGE.max}` }),
  })
  .strict();
export type NotificationSettingsInput = z.input<typeof notificationSettingsInput>;
