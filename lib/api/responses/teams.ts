// Teams, members, invites and the team leaderboard (lib/teams).
import { z } from "zod";
import { LEADERBOARD_QUESTION_SCOPES, COUNTED_QUESTIONS } from "../../teams/leaderboard-schemas";
import { calibrationBin, isoDateTime, teamRole } from "./common";

export const teamList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: teamRole.describe("Your role"),
      members: z.number().int(),
      questions: z.number().int(),
      sessions: z.number().int(),
    }),
  ),
});

export const teamCreated = z.object({ id: z.string(), name: z.string(), slug: z.string(), role: z.literal("OWNER") });

export const teamDetail = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  createdAt: isoDateTime,
  yourRole: teamRole,
  members: z
    .array(z.object({ userId: z.string(), name: z.string(), role: teamRole, joinedAt: isoDateTime }))
    .describe("One page of members, oldest first"),
  memberCount: z.number().int(),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page of members; null on the last page"),
});

export const memberChanged = z.object({ userId: z.string(), name: z.string(), role: teamRole });

export const inviteCreated = z.object({
  token: z.string().describe("Shown once: only its hash is stored"),
  url: z.string().describe("The link to send"),
  expiresAt: isoDateTime,
  role: teamRole,
});

export const inviteAccepted = z.object({
  teamId: z.string(),
  role: teamRole,
  alreadyMember: z.boolean(),
});

export const leaderboard = z.object({
  team: z.object({ id: z.string(), name: z.string() }),
  filter: z
    .object({
      theme: z.string().optional(),
      from: z.string().optional(),
      to: z.string().optional(),
      questions: z.enum(LEADERBOARD_QUESTION_SCOPES).optional(),
    })
    .describe("The filter as applied"),
  minQuestionsForRank: z.number().int(),
  counts: z.enum(Object.values(COUNTED_QUESTIONS) as [string, ...string[]]),
  questionCount: z.number().int(),
  entries: z
    .array(
      z.object({
        userId: z.string(),
        name: z.string(),
        role: teamRole,
        rank: z.number().int().nullable().describe("Null until the member has enough scored questions"),
        questionsScored: z.number().int(),
        meanTimeAvgBrier: z.number().nullable(),
        meanRelativeBrier: z.number().nullable(),
        relativeBrierQuestions: z.number().int(),
        meanCoverage: z.number().nullable(),
      }),
    )
    .describe("One page of members, ranked members first; ranks are over the whole team"),
  total: z.number().int().describe("Members in the team"),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
  calibration: z.array(calibrationBin),
  pairCount: z.number().int(),
});
