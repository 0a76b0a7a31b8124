// Scores: one question's (GET /questions/{id}/scores) and your track record (GET /me/track-record).
import { z } from "zod";
import { calibrationBin, isoDateTime, murphyDecomposition, resolutionOutcome } from "./common";

export const questionScores = z.object({
  scored: z.boolean().describe("False for unresolved, ambiguous or annulled questions"),
  resolution: z
    .object({ outcome: resolutionOutcome, occurredAt: isoDateTime, optionId: z.string().nullable() })
    .nullable(),
  summary: z
    .object({
      forecasters: z.number().int().describe("How many forecasters were scored"),
      meanTimeAvgBrier: z
        .number()
        .nullable()
        .describe("Their mean time-averaged Brier score (null on NUMERIC and DATE questions)"),
      meanBaselineScore: z
        .number()
        .nullable()
        .describe("NUMERIC and DATE questions: their mean time-averaged baseline score (null otherwise)"),
    })
    .describe("Shown to everyone who may see the question, signed out included"),
  hiddenReason: z
    .string()
    .optional()
    .describe("Present when individual scores are withheld: signed-out visitors see the summary only"),
  items: z.array(
    z.object({
      userId: z.string(),
      userName: z.string(),
      finalBrier: z.number().nullable().describe("Null on NUMERIC and DATE questions"),
      timeAvgBrier: z.number().nullable().describe("Null on NUMERIC and DATE questions"),
      coverage: z.number(),
      relativeBrier: z.number().nullable(),
      logScore: z
        .number()
        .describe(
          "Log score of the final forecast; on NUMERIC and DATE questions the time-averaged ln density at the outcome (per unit of the question; compare within a question only)",
        ),
      peerScore: z.number().nullable(),
      baselineScore: z
        .number()
        .nullable()
        .describe(
          "NUMERIC and DATE questions: time-averaged baseline score (0 = uniform over the range, higher is better)",
        ),
      crps: z
        .number()
        .nullable()
        .describe(
          "NUMERIC and DATE questions: time-averaged CRPS in the question's units (ms for DATE); lower is better",
        ),
      scaledCrps: z
        .number()
        .nullable()
        .describe("NUMERIC and DATE questions: the CRPS over the range scaled to [0, 1]; comparable across questions"),
      forecastCount: z.number().int(),
      computedAt: isoDateTime,
    }),
  ),
});

export const trackRecord = z.object({
  user: z.object({ id: z.string(), name: z.string() }),
  summary: z.object({
    questionsScored: z.number().int(),
    meanTimeAvgBrier: z.number().nullable(),
    meanRelativeBrier: z.number().nullable(),
    questionsWithRelativeBrier: z.number().int(),
  }),
  questions: z
    .array(
      z.object({
        questionId: z.string(),
        title: z.string(),
        themes: z.array(z.string()),
        outcome: resolutionOutcome,
        option: z.string().nullable(),
        occurredAt: isoDateTime,
        finalBrier: z.number(),
        timeAvgBrier: z.number(),
        coverage: z.number(),
        relativeBrier: z.number().nullable(),
        logScore: z.number(),
        peerScore: z.number().nullable(),
        forecastCount: z.number().int(),
      }),
    )
    .describe("One page of the scored questions, newest event first (`summary.questionsScored` in all)"),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page of questions; null on the last page"),
  calibration: z.array(calibrationBin),
  murphy: murphyDecomposition.nullable(),
  pairCount: z.number().int(),
  overTime: z
    .array(
      z.object({
        t: isoDateTime,
        questionId: z.string(),
        title: z.string(),
        timeAvgBrier: z.number(),
        runningMean: z.number(),
      }),
    )
    .describe("Each question's score and the running mean, in event order; thinned to at most 300 points"),
});
