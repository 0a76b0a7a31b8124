// Questions as GET/POST /questions and GET /questions/{id} return them (lib/questions/json.ts).
import { z } from "zod";
import { QUESTION_STATUSES } from "../../domain/question-status";
import { AGGREGATION_METHODS, type AggregationMethod } from "../../forecasting";
import {
  conditionOutcome,
  isoDateTime,
  nextCursor,
  questionType,
  continuousValue,
  resolutionOutcome,
  withProbabilities,
} from "./common";

const status = z.enum(QUESTION_STATUSES).describe("Derived: resolved once resolved, closed from closeAt, else open");

const resolutionSummary = z.object({
  outcome: resolutionOutcome,
  option: z.string().nullable().describe("The label of the option that happened (multiple choice)"),
  value: continuousValue
    .nullable()
    .describe("NUMERIC and DATE questions resolved with a value: the value (an ISO date-time for DATE)"),
  occurredAt: isoDateTime,
});

export const questionSummary = z.object({
  id: z.string(),
  title: z.string(),
  type: questionType,
  status,
  themes: z.array(z.string()),
  openAt: isoDateTime,
  closeAt: isoDateTime,
  resolveBy: isoDateTime,
  resolution: resolutionSummary.nullable(),
  condition: z
    .object({
      questionId: z.string().nullable().describe("Null when the condition is a question you may not see"),
      outcome: conditionOutcome.nullable(),
      visible: z.boolean(),
    })
    .nullable(),
  teamId: z.string().nullable(),
  excerptCount: z.number().int(),
  forecastCount: z.number().int(),
  forecasterCount: z.number().int().describe("People with at least one live forecast on the question"),
  crowd: withProbabilities({ method: z.enum(AGGREGATION_METHODS as [AggregationMethod, ...AggregationMethod[]]) })
    .nullable()
    .describe("The crowd's current forecast (default method); null before the first forecast or while hidden from you"),
  crowdHidden: z.boolean().describe("True when others' forecasts are hidden from you until you forecast"),
  yourLatest: withProbabilities({ createdAt: isoDateTime })
    .nullable()
    .describe("Your latest live forecast; null when signed out or not forecast yet"),
});

export const questionPage = z.object({
  items: z.array(questionSummary),
  total: z.number().int().describe("Questions matching the filter, on all pages"),
  nextCursor,
});

export const questionDetail = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  resolutionCriteria: z.string(),
  type: questionType,
  status,
  options: z.array(z.object({ id: z.string(), label: z.string(), position: z.number().int() })),
  range: z
    .object({
      min: z.union([z.number(), isoDateTime]),
      max: z.union([z.number(), isoDateTime]),
      openLower: z.boolean(),
      openUpper: z.boolean(),
      scale: z.enum(["linear", "log"]),
    })
    .nullable()
    .describe("NUMERIC and DATE questions: the range forecasts spread over (ISO date-times for DATE)"),
  unit: z.string().nullable().describe("NUMERIC questions: the unit of the values"),
  themes: z.array(z.string()),
  openAt: isoDateTime,
  closeAt: isoDateTime,
  resolveBy: isoDateTime,
  teamId: z.string().nullable(),
  hideForecastsUntilForecast: z.boolean(),
  condition: z
    .object({
      questionId: z.string().nullable(),
      title: z.string().nullable(),
      outcome: conditionOutcome.nullable(),
      visible: z.boolean(),
    })
    .nullable(),
  conditionalOn: z.array(
    z.object({ questionId: z.string(), title: z.string(), requiredOutcome: conditionOutcome.nullable() }),
  ),
  resolution: resolutionSummary
    .extend({
      note: z.string(),
      evidence: z.string().nullable(),
      evidenceUrl: z.string().nullable(),
      recordedAt: isoDateTime,
    })
    .nullable(),
  resolutionHistory: z.array(
    resolutionSummary.extend({
      note: z.string(),
      reason: z.string().nullable(),
      recordedAt: isoDateTime,
      recordedBy: z.string().nullable(),
    }),
  ),
  excerpts: z.array(
    z.object({
      id: z.string(),
      quote: z.string(),
      cue: z.string(),
      cueProbability: z.number(),
      impliedProbability: z.number(),
      option: z.string().nullable(),
      negated: z.boolean(),
      attribution: z.string().nullable(),
      condition: z.string().nullable(),
      note: z.string().nullable(),
      offsets: z.object({ start: z.number().int(), end: z.number().int() }),
      source: z.object({
        id: z.string(),
        title: z.string(),
        author: z.string(),
        outlet: z.string(),
        url: z.string().nullable(),
        publishedAt: isoDateTime,
      }),
    }),
  ),
  forecastCount: z.number().int(),
});

export const resolutionRecorded = z.object({
  id: z.string(),
  questionId: z.string(),
  outcome: resolutionOutcome,
  optionId: z.string().nullable(),
  value: continuousValue
    .nullable()
    .describe("The value a NUMERIC or DATE question resolved with (ISO date-time for DATE)"),
  occurredAt: isoDateTime,
  recordedAt: isoDateTime,
  note: z.string(),
  evidenceUrl: z.string().nullable(),
  reason: z.string().nullable(),
  scoredForecasters: z.number().int().describe("Forecasters whose scores were (re)computed"),
  annulledQuestionIds: z.array(z.string()).describe("Questions annulled because their condition failed"),
});
