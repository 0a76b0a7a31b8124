// The team dashboard: a leaderboard of the members' live scores and the team's calibration,
// filtered by theme and by the period the events happened in. Only the team's own questions
// count unless the filter asks for public ones too: anyone can write a public question,
// forecast it at 99.9% and resolve it once it closes, so public questions would let any member
// pad their record. Reads stored QuestionScore rows
// (the same numbers the question pages and track records show) in a constant number of queries.
import type { Db } from "../db/client";
import { visibleQuestionsWhere, type SignedInViewer } from "../domain/viewer";
import { calibrationBins, median, type CalibrationBin } from "../forecasting";
import { CALIBRATION_BIN_COUNT } from "../scoring/queries";
import { finalForecastPairs, type LiveForecastRow, type ScoredQuestionRow } from "../scoring/final-forecast-pairs";
import { parseInput } from "../validation/parse";
import { requireMembership } from "./access";
import {
  COUNTED_QUESTIONS,
  MIN_QUESTIONS_FOR_RANK,
  occurredAtRange,
  teamLeaderboardQuery,
  type TeamLeaderboardFilter,
} from "./leaderboard-schemas";
import type { TeamRoleName } from "./schemas";

export { MIN_QUESTIONS_FOR_RANK };

export type LeaderboardEntry = {
  userId: string;
  name: string;
  role: TeamRoleName;
  /** 1-based; equal means share a rank. Null until the member has MIN_QUESTIONS_FOR_RANK questions. */
  rank: number | null;
  questionsScored: number;
  meanTimeAvgBrier: number | null;
  /** Mean of (own time-averaged Brier − team median) over questions at least two members scored. */
  meanRelativeBrier: number | null;
  relativeBrierQuestions: number;
  meanCoverage: number | null;
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
  entries: LeaderboardEntry[];
  calibration: CalibrationBin[];
  pairCount: number;
};

// Scores are not probabilities: a multiple-choice Brier reaches 2 and a relative Brier is
// negative, while lib/forecasting's mean and median validate their input as probabilities
// (and would throw). The arithmetic mean needs no library; the median of the per-question
// Briers goes through lib/forecasting on halved values, which is exact (scaling by a power of
// two never rounds), so the team median follows the one median rule the workbench uses.
const average = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
const scoreMedian = (values: readonly number[]) => 2 * median(values.map((value) => value / 2));

export async function teamLeaderboard(
  db: Db,
  viewer: SignedInViewer,
  teamId: string,
  rawFilter: unknown = {},
): Promise<TeamLeaderboard> {
  // Membership first: a non-member gets 404 even for a malformed filter, so probing reveals nothing.
  const membership = await requireMembership(db, viewer, teamId);
  const filter = parseInput(teamLeaderboardQuery, rawFilter);
  const members = await db.teamMembership.findMany({
    where: { teamId },
    orderBy: { createdAt: "asc" },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  const range = occurredAtRange(filter);
  const scope = filter.questions ?? "team";

  // Members are matched through the membership join, never a list of ids: a bind list fails past
  // the database's parameter limit (999 on SQLite) and grows every query with the team.
  const ofMembers = { user: { memberships: { some: { teamId } } } };
  // This team's questions (and public ones only when asked): a member's scores on another
  // team's questions must not surface to this team, whatever that member may see.
  const countedQuestions = {
    AND: [
      scope === "team" ? { teamId } : visibleQuestionsWhere({ ...viewer, teamIds: [teamId] }),
      filter.theme ? { themes: { some: { themeSlug: filter.theme } } } : {},
    ],
  };
  const resolvedInRange = range.gte || range.lte ? { resolution: { occurredAt: range } } : {};
  const scores = await db.questionScore.findMany({
    where: { ...ofMembers, question: countedQuestions, ...resolvedInRange },
    select: {
      questionId: true,
      userId: true,
      timeAvgBrier: true,
      coverage: true,
      resolution: { select: { outcome: true, optionId: true, occurredAt: true, recordedAt: true } },
      question: { select: { type: true, options: { orderBy: { position: "asc" }, select: { id: true } } } },
    },
  });

  // One query for every member's live forecasts on those questions (no query per member).
  const forecasts = await db.forecast.findMany({
    where: {
      ...ofMembers,
      mode: "LIVE",
      question: { AND: [countedQuestions, { scores: { some: { ...ofMembers, ...resolvedInRange } } }] },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { questionId: true, userId: true, createdAt: true, probability: true, probabilities: true },
  });

  const briersByQuestion = new Map<string, number[]>();
  const scoresByMember = new Map<string, (typeof scores)[number][]>();
  for (const score of scores) {
    const briers = briersByQuestion.get(score.questionId);
    if (briers) briers.push(score.timeAvgBrier);
    else briersByQuestion.set(score.questionId, [score.timeAvgBrier]);
    const own = scoresByMember.get(score.userId);
    if (own) own.push(score);
    else scoresByMember.set(score.userId, [score]);
  }
  const teamMedian = new Map(
    [...briersByQuestion].filter(([, briers]) => briers.length >= 2).map(([id, briers]) => [id, scoreMedian(briers)]),
  );

  const entries = members.map(({ role, user }): LeaderboardEntry => {
    const mine = scoresByMember.get(user.id) ?? [];
    const relative = mine.flatMap((score) => {
      const middle = teamMedian.get(score.questionId);
      return middle === undefined ? [] : [score.timeAvgBrier - middle];
    });
    return {
      userId: user.id,
      name: user.name,
      role,
      rank: null,
      questionsScored: mine.length,
      meanTimeAvgBrier: average(mine.map((score) => score.timeAvgBrier)),
      meanRelativeBrier: average(relative),
      relativeBrierQuestions: relative.length,
      meanCoverage: average(mine.map((score) => score.coverage)),
    };
  });

  return {
    team: { id: membership.team.id, name: membership.team.name },
    filter,
    minQuestionsForRank: MIN_QUESTIONS_FOR_RANK,
    counts: COUNTED_QUESTIONS[scope],
    questionCount: briersByQuestion.size,
    entries: rankEntries(entries),
    ...teamCalibration(scores, forecasts),
  };
}

/** Ranked members first (lowest mean time-averaged Brier first), then the others by progress. */
function rankEntries(entries: LeaderboardEntry[]): LeaderboardEntry[] {
  const ranked = entries
    .filter((entry) => entry.questionsScored >= MIN_QUESTIONS_FOR_RANK)
    .sort((a, b) => a.meanTimeAvgBrier! - b.meanTimeAvgBrier! || a.name.localeCompare(b.name));
  ranked.forEach((entry, index) => {
    const previous = ranked[index - 1];
    entry.rank = previous && previous.meanTimeAvgBrier === entry.meanTimeAvgBrier ? previous.rank : index + 1;
  });
  const unranked = entries
    .filter((entry) => entry.questionsScored < MIN_QUESTIONS_FOR_RANK)
    .sort((a, b) => b.questionsScored - a.questionsScored || a.name.localeCompare(b.name));
  return [...ranked, ...unranked];
}

/** The team's calibration over its members' final forecasts (lib/scoring/final-forecast-pairs.ts). */
function teamCalibration(scores: readonly ScoredQuestionRow[], forecasts: readonly LiveForecastRow[]) {
  const pairs = finalForecastPairs(scores, forecasts);
  return {
    calibration: pairs.length > 0 ? calibrationBins(pairs, CALIBRATION_BIN_COUNT) : [],
    pairCount: pairs.length,
  };
}
