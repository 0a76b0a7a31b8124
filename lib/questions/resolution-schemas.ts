// The one input schema for resolving a question (page form, server action, API).
import { z } from "zod";
import { dateField, isWellFormedText, notUnicodeMessage, text } from "../validation/common";

export const FIXED_OUTCOMES = ["YES", "NO", "AMBIGUOUS", "ANNULLED"] as const;

const OUTCOME_REQUIRED = "outcome is required: YES, NO, AMBIGUOUS, ANNULLED or an option id (or a value)";

export const resolutionInput = z
  .object({
    outcome: text("outcome", { error: OUTCOME_REQUIRED }).trim().min(1, { error: OUTCOME_REQUIRED }).optional(),
    // NUMERIC and DATE questions: what happened, a number or an ISO date. Its form and range are
    // checked against the question (continuous-resolution-schema.ts).
    value: z.unknown().optional(),
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
  .strict()
  .superRefine((value, ctx) => {
    if (value.outcome === undefined && value.value === undefined) {
      ctx.addIssue({ code: "custom", path: ["outcome"], message: OUTCOME_REQUIRED });
    } else if (value.outcome !== undefined && value.value !== undefined) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "send outcome or value, not both" });
    }
  });

export type ResolutionInput = z.output<typeof resolutionInput>;
