// The one input schema for resolving a question (page form, server action, API).
import { z } from "zod";
import { dateField, isWellFormedText, notUnicodeMessage, text } from "../validation/common";

export const FIXED_OUTCOMES = ["YES", "NO", "AMBIGUOUS", "ANNULLED"] as const;

export const resolutionInput = z
  .object({
    outcome: text("outcome", { error: "outcome is required: YES, NO, AMBIGUOUS, ANNULLED or an option id" })
      .trim()
      .min(1, { error: "outcome is required: YES, NO, AMBIGUOUS, ANNULLED or an option id" }),
    occurredAt: dateField("occurredAt"),
    note: text("note", { error: "note is required: one line on what happened" })
      .trim()
      .min(3, { error: "note is required: one line on what happened" })
      .max(2000, { error: "note must be at most 2000 characters" }),
    evidenceUrl: z
      .url({ protocol: /^https?$/, error: "evidenceUrl must be an http(s) URL" })
      .refine(isWellFormedText, { error: notUnicodeMessage("evidenceUrl"), abort: true })
      .max(2000, { error: "evidenceUrl must be at most 2000 characters" })
      .optional(),
    reason: text("reason").trim().max(2000, { error: "reason must be at most 2000 characters" }).optional(),
  })
  .strict();

export type ResolutionInput = z.output<typeof resolutionInput>;
