// The one input schema for resolving a question (page form, server action, API).
import { z } from "zod";

export const FIXED_OUTCOMES = ["YES", "NO", "AMBIGUOUS", "ANNULLED"] as const;

export const resolutionInput = z
  .object({
    outcome: z
      .string({ error: "outcome is required: YES, NO, AMBIGUOUS, ANNULLED or an option id" })
      .trim()
      .min(1, { error: "outcome is required: YES, NO, AMBIGUOUS, ANNULLED or an option id" }),
    occurredAt: z.coerce
      .date({ error: "occurredAt must be a date (YYYY-MM-DD or an ISO timestamp)" })
      .refine((date) => !Number.isNaN(date.getTime()), { error: "occurredAt must be a valid date" }),
    note: z
      .string({ error: "note is required: one line on what happened" })
      .trim()
      .min(3, { error: "note is required: one line on what happened" })
      .max(2000, { error: "note must be at most 2000 characters" }),
    evidenceUrl: z
      .url({ protocol: /^https?$/, error: "evidenceUrl must be an http(s) URL" })
      .max(2000, { error: "evidenceUrl must be at most 2000 characters" })
      .optional(),
    reason: z.string().trim().max(2000, { error: "reason must be at most 2000 characters" }).optional(),
  })
  .strict();

export type ResolutionInput = z.output<typeof resolutionInput>;
