// Inputs of the inbox API and page: one schema each, shared by both.
import { z } from "zod";
import { timeIdCursor } from "../audit/cursor";
import { limitUpTo, recordId } from "../validation/common";

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
