// The one input schema for a forecast, used by the question page's form, its server action,
// the quick-entry queue and POST /api/v1/questions/{id}/forecasts.
import { z } from "zod";
import { text } from "../validation/common";

export const MIN_PROBABILITY = 0.001;
export const MAX_PROBABILITY = 0.999;
export const SUM_TOLERANCE = 0.0001;
export const MAX_RATIONALE_LENGTH = 10_000;

const probabilityValue = (path: string) => {
  const range = `${path} must be between ${MIN_PROBABILITY} and ${MAX_PROBABILITY} (0.1% to 99.9%)`;
  return z
    .number({ error: (issue) => (issue.input === undefined ? `${path} is required` : `${path} must be a number`) })
    .min(MIN_PROBABILITY, { error: range })
    .max(MAX_PROBABILITY, { error: range });
};

export const forecastInput = z
  .object({
    probability: probabilityValue("probability").optional(),
    probabilities: z
      .record(
        text("each option id", { error: "option ids must be strings" }),
        probabilityValue("each option's probability"),
        {
          error: "probabilities must be an object of { optionId: probability }",
        },
      )
      .optional(),
    rationale: text("rationale", { error: "rationale must be a string" })
      .trim()
      .max(MAX_RATIONALE_LENGTH, { error: `rationale must be at most ${MAX_RATIONALE_LENGTH} characters` })
      .optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const has = [value.probability !== undefined, value.probabilities !== undefined].filter(Boolean).length;
    if (has === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["probability"],
        message: "probability is required (or probabilities, for a multiple-choice question)",
      });
    } else if (has === 2) {
      ctx.addIssue({ code: "custom", path: ["probabilities"], message: "send probability or probabilities, not both" });
    } else if (value.probabilities) {
      const entries = Object.values(value.probabilities);
      if (entries.length === 0) {
        ctx.addIssue({ code: "custom", path: ["probabilities"], message: "probabilities must name every option" });
        return;
      }
      const total = entries.reduce((sum, p) => sum + p, 0);
      if (Math.abs(total - 1) > SUM_TOLERANCE) {
        ctx.addIssue({
          code: "custom",
          path: ["probabilities"],
          message: `probabilities must sum to 100% (±0.01%); they sum to ${(total * 100).toFixed(2)}%`,
        });
      }
    }
  });

export type ForecastInput = z.output<typeof forecastInput>;
