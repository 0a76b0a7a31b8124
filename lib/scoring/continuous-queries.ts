// One NUMERIC or DATE question's scores (ContinuousScore), in the shape of the binary scores
// (lib/scoring/queries.ts): the Brier columns are null and the distribution's scores are set.
import type { Db } from "../db/client";
import type { Viewer } from "../domain/viewer";

const continuousRowSelect = {
  userId: true,
  logScore: true,
  baselineScore: true,
  crps: true,
  scaledCrps: true,
  coverage: true,
  forecastCount: true,
  computedAt: true,
  user: { select: { name: true } },
} as const;

type ContinuousRow = {
  userId: string;
  logScore: number;
  baselineScore: number;
  crps: number;
  scaledCrps: number;
  coverage: number;
  forecastCount: number;
  computedAt: Date;
  user: { name: string };
};

/** A ContinuousScore row as a score item: no Brier, relative Brier or peer score on a distribution. */
export const continuousScoreItem = ({ user, ...score }: ContinuousRow) => ({
  ...score,
  finalBrier: null,
  timeAvgBrier: null,
  relativeBrier: null,
  peerScore: null,
  userName: user.name,
});

/** Best (lowest CRPS) first; `best` and the viewer's own row as for the binary scores. */
export async function continuousScoreRows(
  db: Db,
  viewer: Viewer,
  questionId: string,
  { best, individualsHidden }: { best?: number; individualsHidden: boolean },
) {
  const where = { questionId };
  const [top, summary, own] = await Promise.all([
    individualsHidden
      ? []
      : db.continuousScore.findMany({
          where,
          orderBy: [{ crps: "asc" }, { userId: "asc" }],
          take: best,
          select: continuousRowSelect,
        }),
    db.continuousScore.aggregate({ where, _count: { _all: true }, _avg: { baselineScore: true } }),
    best !== undefined && viewer && !individualsHidden
      ? db.continuousScore.findUnique({
          where: { questionId_userId: { questionId, userId: viewer.userId } },
          select: continuousRowSelect,
        })
      : null,
  ]);
  const rows = own && !top.some((row) => row.userId === own.userId) ? [...top, own] : top;
  return {
    forecasters: summary._count._all,
    meanBaselineScore: summary._avg.baselineScore,
    items: rows.map(continuousScoreItem),
  };
}
