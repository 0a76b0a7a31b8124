// Practice runs (POST /practice, GET /practice/{runId}, POST /practice/{runId}/answers):
// questions as of their opening date, and what an answer reveals (lib/practice/json.ts).
import { z } from "zod";
import {
  calibrationBin,
  conditionOutcome,
  datePrecision,
  isoDateTime,
  questionType,
  resolutionOutcome,
  withProbabilities,
} from "./common";

const asOfQuestion = {
  id: z.string(),
  title: z.string(),
  type: questionType,
  asOf: isoDateTime.describe("The date the question is asked as of: what was known then"),
  resolutionCriteria: z.string(),
  themes: z.array(z.string()),
  options: z.array(z.object({ id: z.string(), label: z.string() })),
  condition: z.object({ title: z.string(), requiredOutcome: conditionOutcome }).nullable(),
  excerpts: z.array(
    z.object({
      id: z.string(),
      quote: z.string(),
      cue: z.string(),
      author: z.string(),
      attribution: z.string().nullable(),
      condition: z.string().nullable(),
      source: z.object({ title: z.string(), outlet: z.string(), publishedAt: isoDateTime }),
    }),
  ),
};

const answer = withProbabilities({
  rationale: z.string().nullable(),
  asOf: isoDateTime.nullable(),
  createdAt: isoDateTime,
});

const reveal = {
  outcome: z.object({
    outcome: resolutionOutcome,
    optionId: z.string().nullable(),
    optionLabel: z.string().nullable(),
    occurredAt: isoDateTime,
    precision: datePrecision,
    note: z.string(),
    evidence: z.string().nullable(),
  }),
  authors: z.array(
    z.object({
      excerptId: z.string(),
      author: z.string(),
      attribution: z.string().nullable(),
      cue: z.string(),
      impliedProbability: z.number(),
      optionId: z.string().nullable(),
      optionLabel: z.string().nullable(),
      note: z.string().nullable(),
      yourProbability: z.number(),
      outcome: z.union([z.literal(0), z.literal(1)]).nullable(),
      scored: z.boolean(),
      brier: z.number().nullable(),
      yourBrier: z.number().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  crowd: withProbabilities({ forecasters: z.number().int(), brier: z.number() }).nullable(),
  yourScore: z.object({ brier: z.number(), logScore: z.number() }),
};

const progress = z.object({ answered: z.number().int(), total: z.number().int(), finished: z.boolean() });

export const practiceStarted = z.object({
  runId: z.string(),
  theme: z.string().nullable(),
  createdAt: isoDateTime,
  questions: z.array(z.object(asOfQuestion)),
});

export const practiceRun = z.object({
  runId: z.string(),
  theme: z.string().nullable(),
  createdAt: isoDateTime,
  finishedAt: isoDateTime.nullable(),
  progress,
  questions: z.array(
    z.object({
      ...asOfQuestion,
      answered: z.boolean(),
      answer: answer.nullable(),
      reveal: z.object(reveal).nullable(),
    }),
  ),
  summary: z
    .object({
      answered: z.number().int(),
      meanBrier: z.number(),
      uninformedBrier: z
        .number()
        .describe("Mean Brier of answering 50% (equal odds across options) on the same questions: the bar to beat"),
      vsAuthors: z.array(
        z.object({ author: z.string(), claims: z.number().int(), authorBrier: z.number(), yourBrier: z.number() }),
      ),
      vsCrowd: z.object({ questions: z.number().int(), crowdBrier: z.number(), yourBrier: z.number() }).nullable(),
      calibration: z.array(calibrationBin),
      pairCount: z.number().int(),
    })
    .nullable()
    .describe("Null until at least one question is answered"),
});

export const practiceAnswered = z.object({
  questionId: z.string(),
  answer: withProbabilities({
    id: z.string(),
    rationale: z.string().nullable(),
    asOf: isoDateTime.nullable(),
    createdAt: isoDateTime,
  }),
  ...reveal,
  progress,
});
