// Inputs of the calibration-session use cases.
import { z } from "zod";
import { recordId, text } from "../validation/common";

export const SESSION_STEPS = ["ROUND1", "REVEAL", "ROUND2", "CLOSED"] as const;
export type SessionStepName = (typeof SESSION_STEPS)[number];

export const STEP_NAMES: Record<SessionStepName, "round1" | "reveal" | "round2" | "closed"> = {
  ROUND1: "round1",
  REVEAL: "reveal",
  ROUND2: "round2",
  CLOSED: "closed",
};

export const createSessionInput = z
  .object({
    teamId: recordId("teamId"),
    title: text("title", { error: "title is required" })
      .trim()
      .min(3, { error: "title must be at least 3 characters" })
      .max(120, { error: "title must be at most 120 characters" }),
    questionIds: z
      .array(recordId("each question id"), { error: "questionIds must be a list of question ids" })
      .min(1, { error: "questionIds needs at least one question" })
      .max(20, { error: "at most 20 questions in a session" })
      .refine((ids) => new Set(ids).size === ids.length, { error: "questionIds must not repeat a question" }),
    anonymousReasons: z.boolean({ error: "anonymousReasons must be true or false" }).default(true),
  })
  .strict();

/** The question an answer is for; the rest of the body is a forecast (lib/forecasts/schemas.ts). */
export const answerTarget = z.object({ questionId: recordId("questionId") });

export const sessionNotesInput = z
  .object({
    notes: text("notes", { error: "notes must be a string" }).max(20_000, {
      error: "notes must be at most 20000 characters",
    }),
  })
  .strict();

export const sessionIdParam = z.object({ id: recordId("session id") });
