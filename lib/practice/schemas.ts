// Inputs of practice runs. An answer is the one forecast schema (lib/forecasts/schemas.ts)
// plus the question it answers, so the practice form and the API check exactly what live
// forecasts check.
import { z } from "zod";
import { THEME_SLUGS } from "../domain/themes";
import { forecastInput } from "../forecasts/schemas";
import { recordId } from "../validation/common";

export const MAX_PRACTICE_QUESTIONS = 50;

export const startPracticeInput = z
  .object({
    theme: z.enum(THEME_SLUGS, { error: `theme must be one of ${THEME_SLUGS.join(", ")}` }).optional(),
    questionIds: z
      .array(recordId("question id"), { error: "questionIds must be an array of question ids" })
      .min(1, { error: "questionIds must name at least one question" })
      .max(MAX_PRACTICE_QUESTIONS, { error: `questionIds must name at most ${MAX_PRACTICE_QUESTIONS} questions` })
      .refine((ids) => new Set(ids).size === ids.length, { error: "questionIds must not repeat a question" })
      .optional(),
  })
  .strict()
  .refine((value) => !(value.theme && value.questionIds), {
    path: ["questionIds"],
    error: "send theme or questionIds, not both (neither: all 2017 questions)",
  });
export type StartPracticeInput = z.output<typeof startPracticeInput>;

export const practiceAnswerInput = forecastInput.safeExtend({ questionId: recordId("questionId") });
export type PracticeAnswerInput = z.output<typeof practiceAnswerInput>;

export const practiceRunParam = z.object({ runId: recordId("run id") });

/** The run page's step: the 1-based position of the question on screen. */
export const practiceStepQuery = z.object({
  q: z.coerce.number({ error: "q must be a number" }).int({ error: "q must be a whole number" }).min(1).optional(),
});
