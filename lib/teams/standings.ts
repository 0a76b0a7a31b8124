// The numbers behind a team's leaderboard: each member's score totals and the team's calibration,
// from the stored QuestionScore rows (with their calibration pairs, so no forecast is reloaded).
// The default view is kept in TeamStandings for one Team.standingsVersion: anything that can
// change it (a team question's scores, who is a member) bumps the version in its own
// transaction, and the next read recomputes and stores it. Filtered views are computed per read.
import type { Db, DbTransaction } from "../db/client";
import { visibleQuestionsWhere, type SignedInViewer } from "../domain/viewer";
import { calibrationBins, median, type CalibrationBin } from "../forecasting";
import { average } from "../review/summary";
import { decodeCalibration } from "../scoring/calibration-column";
import { CALIBRATION_BIN_COUNT } from "../scoring/queries";
import { isDefaultFilter, occurredAtRange, type TeamLeaderboardFilter } from "./leaderboard-schemas";

export type MemberTotals = {
  userId: string;
  questionsScored: number;
  meanTimeAvgBrier: number | null;
  /** Mean of (own time-averaged Brier − team median) over questions at least two members scored. */
  meanRelativeBrier: number | null;
  relativeBrierQuestions: number;
  meanCoverage: number | null;
};

export type TeamStandingsData = {
  /** Distinct resolved questions with at least one member's score. */
  questionCount: number;
  /** Members with at least one score; the others have none. */
  members: MemberTotals[];
  calibration: CalibrationBin[];
  pairCount: number;
};

/** Marks the team's stored standings stale; call in the transaction that changes them. */
export async function invalidateTeamStandings(tx: DbTransaction | Db, teamId: string): Promise<void> {
  await tx.team.update({ where: { id: teamId }, data: { standingsVersion: { increment: 1 } } });
}

export async function teamStandings(
  db: Db,
  viewer: SignedInViewer,
  teamId: string,
  filter: TeamLeaderboardFilter,
): Promise<TeamStandingsData> {
  if (!isDefaultFilter(filter)) return computeStandings(db, viewer, teamId, filter);
  const team = await db.team.findUniqueOrThrow({
    where: { id: teamId },
    select: { standingsVersion: true, standings: { select: { version: true, data: true } } },
  });
  if (team.standings?.version === team.standingsVersion) return JSON.parse(team.standings.data) as TeamStandingsData;
  const computed = await computeStandings(db, viewer, teamId, filter);
  // Stored under the version read before computing: if a change landed meanwhile, the stored
  // copy is already stale and the next read computes again, so a stale copy is never served.
  const row = { version: team.standingsVersion, data: JSON.stringify(computed), computedAt: new Date() };
  await db.teamStandings.upsert({ where: { teamId }, create: { teamId, ...row }, update: row });
  return computed;
}

// Scores are not probabilities: a multiple-choice Brier reaches 2 and a relative Brier is
// negative, while lib/forecasting's mean and median validate their input as probabilities
// (and would throw). The mean is the plain one the review uses; the median of the per-question
// Briers goes through lib/forecasting on halved values, which is exact (scaling by a power of
// two never rounds), so the team median follows the one median rule the workbench uses.
const scoreMedian = (values: readonly number[]) => 2 * median(values.map((value) => value / 2));

async function computeStandings(
  db: Db,
  viewer: SignedInViewer,
  teamId: string,
  filter: TeamLeaderboardFilter,
): Promise<TeamStandingsData> {
  const range = occurredAtRange(filter);
  // This team's questions (and public ones only when asked): a member's scores on another
  // team's questions must not surface to this team, whatever that member may see.
  const countedQuestions = {
    AND: [
      (filter.questions ?? "team") === "team" ? { teamId } : visibleQuestionsWhere({ ...viewer, teamIds: [teamId] }),
      filter.theme ? { themes: { some: { themeSlug: filter.theme } } } : {},
    ],
  };
  const scores = await db.questionScore.findMany({
    where: {
      // Members through the membership join, never a list of ids: a bind list fails past the
      // database's parameter limit (999 on SQLite) and grows every query with the team.
      user: { memberships: { some: { teamId } } },
      question: countedQuestions,
      ...(range.gte || range.lte ? { resolution: { occurredAt: range } } : {}),
    },
    select: { questionId: true, userId: true, timeAvgBrier: true, coverage: true, calibration: true },
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
  const members = [...scoresByMember].map(([userId, mine]): MemberTotals => {
    const relative = mine.flatMap((score) => {
      const middle = teamMedian.get(score.questionId);
      return middle === undefined ? [] : [score.timeAvgBrier - middle];
    });
    return {
      userId,
      questionsScored: mine.length,
      meanTimeAvgBrier: average(mine.map((score) => score.timeAvgBrier)),
      meanRelativeBrier: average(relative),
      relativeBrierQuestions: relative.length,
      meanCoverage: average(mine.map((score) => score.coverage)),
    };
  });
  const pairs = decodeCalibration(scores);
  return {
    questionCount: briersByQuestion.size,
    members,
    calibration: pairs.length > 0 ? calibrationBins(pairs, CALIBRATION_BIN_COUNT) : [],
    pairCount: pairs.length,
  };
}
