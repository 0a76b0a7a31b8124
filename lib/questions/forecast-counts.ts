// Live forecast counts for a page of questions. A relation count in the list's select makes
// the database aggregate the whole Forecast table (it groups every question's forecasts, then
// joins); counting only the page's questions walks the (questionId, mode, createdAt) index.
import type { Db } from "../db/client";

export async function liveForecastCounts(db: Db, questionIds: readonly string[]): Promise<Map<string, number>> {
  if (questionIds.length === 0) return new Map();
  const groups = await db.forecast.groupBy({
    by: ["questionId"],
    where: { questionId: { in: [...questionIds] }, mode: "LIVE" },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.questionId, group._count._all]));
}

/** The rows with their live forecast count attached, in one query for the whole page. */
export async function withForecastCounts<T extends { id: string }>(db: Db, rows: readonly T[]) {
  const counts = await liveForecastCounts(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, forecastCount: counts.get(row.id) ?? 0 }));
}
