// The scored review of article claims (GET /review, lib/review/json.ts).
import { z } from "zod";
import { calibrationBin, datePrecision, isoDateTime, questionType, resolutionOutcome } from "./common";

const reading = z
  .object({ status: z.enum(["SETTLED_AT_OPENING", "DIFFERS_FROM_AUTHOR", "AMBIGUOUS_CLAIM"]), reason: z.string() })
  .nullable()
  .describe("Set when the question does not fairly test its claims; its claims are then not scored");

const reviewQuestion = z.object({
  id: z.string(),
  title: z.string(),
  type: questionType,
  themes: z.array(z.string()),
  outcome: resolutionOutcome,
  optionLabel: z.string().nullable(),
  occurredAt: isoDateTime,
  precision: datePrecision,
  note: z.string(),
  evidence: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  reading,
});

const reviewClaim = z.object({
  id: z.string().describe("excerptId:questionId"),
  excerptId: z.string(),
  questionId: z.string(),
  questionTitle: z.string(),
  articleId: z.string().describe("The article the claim counts for (the original of a copy)"),
  sourceId: z.string(),
  author: z.string(),
  attribution: z.string().nullable(),
  quote: z.string(),
  cue: z.string(),
  impliedProbability: z.number(),
  optionLabel: z.string().nullable(),
  note: z.string().nullable(),
  publishedAt: isoDateTime,
  themes: z.array(z.string()),
  condition: z.object({ text: z.string(), status: z.enum(["met", "not_met", "unchecked"]) }).nullable(),
  reading,
  outcome: z.union([z.literal(0), z.literal(1)]).nullable(),
  scored: z.boolean(),
  brier: z.number().nullable(),
  logScore: z.number().nullable(),
  reason: z.string().nullable().describe("Why the claim is not scored; null when it is"),
});

export const review = z.object({
  authors: z.array(
    z.object({
      author: z.string(),
      articles: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          author: z.string(),
          outlet: z.string(),
          publishedAt: isoDateTime,
          approximateDate: z.boolean(),
          copies: z.array(z.object({ id: z.string(), title: z.string(), outlet: z.string() })),
        }),
      ),
      claims: z.array(reviewClaim),
      claimCount: z.number().int(),
      scoredCount: z.number().int(),
      quotedCount: z.number().int(),
      meanBrier: z.number().nullable(),
      meanLogScore: z.number().nullable(),
      calibration: z.array(calibrationBin).nullable(),
    }),
  ),
  themes: z.array(
    z.object({
      slug: z.string(),
      label: z.string(),
      description: z.string(),
      verdict: z.string(),
      questions: z.array(reviewQuestion),
      claims: z.array(reviewClaim),
      authors: z.array(
        z.object({ author: z.string(), scoredCount: z.number().int(), meanBrier: z.number().nullable() }),
      ),
    }),
  ),
  questions: z.array(reviewQuestion),
  events: z.array(z.object({ id: z.string(), occurredAt: isoDateTime, precision: datePrecision, summary: z.string() })),
});
