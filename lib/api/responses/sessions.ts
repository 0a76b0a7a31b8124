// Calibration sessions (lib/sessions): the participant's view, steps, answers and the report.
import { z } from "zod";
import { calibrationBin, isoDateTime, questionType, resolutionOutcome } from "./common";

const sessionStep = z.enum(["round1", "reveal", "round2", "closed"]);
const probs = z.array(z.number()).describe("One probability per option in order; [P(yes)] for yes/no");
const pooled = z
  .object({ median: probs, extremized: probs, n: z.number().int() })
  .nullable()
  .describe("The team's pooled answer; null without answers");
const option = z.object({ id: z.string(), label: z.string() });
const ownAnswer = z.object({ probs, rationale: z.string().nullable() }).nullable();
const revealedRound = z
  .object({
    answers: z.array(z.object({ participant: z.string(), mine: z.boolean(), probs, rationale: z.string().nullable() })),
    pooled,
  })
  .nullable()
  .describe("Everyone's answers, once the step reveals them");

export const sessionCreated = z.object({
  id: z.string(),
  title: z.string(),
  teamId: z.string(),
  step: z.literal("round1"),
});

export const sessionView = z.object({
  id: z.string(),
  title: z.string(),
  step: sessionStep,
  version: z.number().int().describe("Bumped on every change; the events stream sends it"),
  team: z.object({ id: z.string(), name: z.string() }),
  facilitator: z.object({ id: z.string(), name: z.string() }),
  canRun: z.boolean(),
  anonymousReasons: z.boolean(),
  notes: z.string(),
  memberCount: z.number().int(),
  questions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: questionType,
      resolutionCriteria: z.string(),
      options: z.array(option),
      answered: z.object({ round1: z.array(z.string()), round2: z.array(z.string()) }),
      mine: z.object({ round1: ownAnswer, round2: ownAnswer }),
      round1: revealedRound,
      round2: revealedRound,
    }),
  ),
});

export const sessionAdvanced = z.object({ step: sessionStep });

export const sessionAnswerRecorded = z.object({
  id: z.string(),
  round: z.union([z.literal(1), z.literal(2)]),
  createdAt: isoDateTime,
});

export const sessionReport = z.object({
  session: z.object({
    id: z.string(),
    title: z.string(),
    team: z.object({ id: z.string(), name: z.string() }),
    closedAt: isoDateTime.nullable(),
  }),
  questions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      type: questionType,
      options: z.array(option),
      resolved: z.boolean(),
      outcome: resolutionOutcome.nullable(),
      round1: z.object({ values: z.array(probs), pooled }),
      round2: z.object({ values: z.array(probs), pooled }),
      team: z.object({
        brier1Median: z.number().nullable(),
        brier2Median: z.number().nullable(),
        brier1Extremized: z.number().nullable(),
        brier2Extremized: z.number().nullable(),
      }),
      people: z.array(
        z.object({
          userId: z.string().nullable().describe("Null for others in an anonymous session"),
          you: z.boolean(),
          participant: z.string(),
          round1: probs.nullable(),
          round2: probs.nullable(),
          change: z.array(z.number()).nullable(),
          brier1: z.number().nullable(),
          brier2: z.number().nullable(),
          rationale2: z.string().nullable(),
        }),
      ),
    }),
  ),
  people: z.array(
    z.object({
      userId: z.string().nullable(),
      you: z.boolean(),
      participant: z.string(),
      questionsAnswered: z.number().int(),
      meanAbsoluteShift: z.number().nullable(),
      meanBrier1: z.number().nullable(),
      meanBrier2: z.number().nullable(),
    }),
  ),
  team: z.object({ meanBrier1: z.number().nullable(), meanBrier2: z.number().nullable() }),
  calibration: z.array(calibrationBin),
  calibrationPairs: z.number().int(),
});

/** The stream's frames: `event: version` with `{ version, step }` as data, and keep-alive comments. */
export const sessionEventStream = z
  .string()
  .describe(
    'Server-sent events: `event: version` whose `data` is `{"version": <int>, "step": "round1|reveal|round2|closed"}`, sent at once and on every change; `: keep-alive` comments every 15 s',
  );

export const sessionReportCsv = z.string().describe("One row per person and question: both rounds, change, Briers");
