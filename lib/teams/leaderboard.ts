// The team dashboard: a leaderboard of the members' live scores and the team's calibration,
// filtered by theme and by the period the events happened in, one page of members at a time.
// Only the team's own questions count unless the filter asks for public ones too: anyone can
// write a public question, forecast it at 99.9% and resolve it once it closes, so public
// questions would let any member pad their record. The numbers come from lib/teams/standings.ts
// (the same stored scores the question pages and track records show).
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import type { CalibrationBin } from "../forecasting";
import { nextOffsetCursor } from "../validation/offset-cursor";
import { parseInput } from "../validation/parse";
import { requireMembership } from "./access";
import {
  COUNTED_QUESTIONS,
  DEFAULT_LEADERBOARD_PAGE,
  MIN_QUESTIONS_FOR_RANK,
  teamLeaderboardQuery,
  type TeamLeaderboardFilter,
} from "./leaderboard-schemas";
import type { TeamRoleName } from "./schemas";
import { teamStandings, type MemberTotals } from "./standings";

export { MIN_QUESTIONS_FOR_RANK };

export type LeaderboardEntry = Omit<MemberTotals, "userId"> & {
  userId: string;
  name: string;
  role: TeamRoleName;
  /** 1-based, over the whole team; equal means share a rank. Null until MIN_QUESTIONS_FOR_RANK questions. */
  rank: number | null;
};

export type TeamLeaderboard = {
  team: { id: string; name: string };
  /** The filter as applied, echoed so a client can show what it is looking at. */
  filter: TeamLeaderboardFilter;
  minQuestionsForRank: number;
  /** Which questions count: the team's own by default (filter `questions=team-and-public` adds public ones). */
  counts: (typeof COUNTED_QUESTIONS)[keyof typeof COUNTED_QUESTIONS];
  /** Distinct resolved questions with at least one member's score, after the filter. */
  questionCount: number;
  /** This page of members, ranked members first; `total` members in all. */
  entries: LeaderboardEntry[];
  total: number;
  /** Where the next page starts, or null on the last page. */
  nextCursor: string | null;
  calibration: CalibrationBin[];
  pairCount: number;
};

const NO_SCORES = {
  questionsScored: 0,
  meanTimeAvgBrier: null,
  meanRelativeBrier: null,
  relativeBrierQuestions: 0,
  meanCoverage: null,
} as const;

export async function teamLeaderboard(
  db: Db,
  viewer: SignedInViewer,
  teamId: string,
  rawQuery: unknown = {},
): Promise<TeamLeaderboard> {
  // Membership first: a non-member gets 404 even for a malformed filter, so probing reveals nothing.
  const membership = await requireMembership(db, viewer, teamId);
  const {
    limit = DEFAULT_LEADERBOARD_PAGE,
    cursor: offset = 0,
    ...filter
  } = parseInput(teamLeaderboardQuery, rawQuery);
  const [members, standings] = await Promise.all([
    // Every member's name and role (small rows): the order of the unranked needs them all.
    db.teamMembership.findMany({
      where: { teamId },
      select: { role: true, user: { select: { id: true, name: true } } },
    }),
    teamStandings(db, viewer, teamId, filter),
  ]);
  const totals = new Map(standings.members.map((entry) => [entry.userId, entry]));
  const entries = rankEntries(
    members.map(({ role, user }) => ({
      ...(totals.get(user.id) ?? NO_SCORES),
      userId: user.id,
      name: user.name,
      role,
      rank: null,
    })),
  );
  return {
    team: { id: membership.team.id, name: membership.team.name },
    filter,
    minQuestionsForRank: MIN_QUESTIONS_FOR_RANK,
    counts: COUNTED_QUESTIONS[filter.questions ?? "team"],
    questionCount: standings.questionCount,
    entries: entries.slice(offset, offset + limit),
    total: entries.length,
    nextCursor: nextOffsetCursor(offset, limit, entries.length),
    calibration: standings.calibration,
    pairCount: standings.pairCount,
  };
}

/** Ranked members first (lowest mean time-averaged Brier first), then the others by progress. */
function rankEntries(entries: LeaderboardEntry[]): LeaderboardEntry[] {
  const ranked = entries
    .filter((entry) => entry.questionsScored >= MIN_QUESTIONS_FOR_RANK)
    .sort(
      (a, b) =>
        a.meanTimeAvgBrier! - b.meanTimeAvgBrier! || a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId),
    );
  ranked.forEach((entry, index) => {
    const previous = ranked[index - 1];
    entry.rank = previous && previous.meanTimeAvgBrier === entry.meanTimeAvgBrier ? previous.rank : index + 1;
  });
  const unranked = entries
    .filter((entry) => entry.questionsScored < MIN_QUESTIONS_FOR_RANK)
    .sort(
      (a, b) =>
        b.questionsScored - a.questionsScored || a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId),
    );
  return [...ranked, ...unranked];
}
