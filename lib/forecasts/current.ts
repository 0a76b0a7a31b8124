// The numbers a list shows beside each question: the crowd's current forecast, the viewer's own
// latest and how many people forecast it. Read from the read models (lib/forecasts/read-model.ts)
// in two statements for a whole page: the viewer's LatestForecast rows, and each question's
// newest CrowdPoint, found by its position in the log (seq = liveForecastCount, level from seq)
// through the (questionId, level, seq) index. Never a scan of the forecast log, never one query per row.
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db/client";
import type { Viewer } from "../domain/viewer";
import type { AggregationMethod } from "../forecasting";
import { levelOf, type CrowdValues } from "./read-model";
import { aggregateQuery } from "./schemas-query";
import { othersForecastsHidden } from "./visibility";

/** The method the question page and the aggregate endpoint use unless asked for another. */
export const DEFAULT_METHOD: AggregationMethod = aggregateQuery.parse({}).method;

export type CurrentQuestion = {
  id: string;
  liveForecastCount: number;
  forecasterCount: number;
  hideForecastsUntilForecast: boolean;
  resolvedAt: Date | null;
};

export type CurrentNumbers = {
  /** The crowd now, as a vector in option order; null before the first forecast or while hidden. */
  crowd: number[] | null;
  /** Others' forecasts, and so the crowd, are hidden from this viewer until they forecast. */
  crowdHidden: boolean;
  /** The viewer's latest live forecast; null when signed out or not forecast yet. */
  mine: { probs: number[]; createdAt: Date } | null;
  forecasters: number;
};

export async function currentNumbers(
  db: Db,
  viewer: Viewer,
  questions: readonly CurrentQuestion[],
  method: AggregationMethod = DEFAULT_METHOD,
): Promise<Map<string, CurrentNumbers>> {
  const forecast = questions.filter((question) => question.liveForecastCount > 0);
  // Both reads at once: a crowd read for a question whose crowd turns out hidden is dropped here
  // and never leaves the server.
  const [mineRows, points] = await Promise.all([
    viewer && forecast.length > 0
      ? db.latestForecast.findMany({
          where: { userId: viewer.userId, questionId: { in: forecast.map((question) => question.id) } },
          select: { questionId: true, createdAt: true, probs: true },
        })
      : [],
    forecast.length > 0 ? newestCrowdPoints(db, forecast) : [],
  ]);
  const mine = new Map(mineRows.map((row) => [row.questionId, row]));
  const crowd = new Map(points.map((point) => [point.questionId, point.values]));
  return new Map(
    questions.map((question) => {
      const own = mine.get(question.id);
      const crowdHidden = othersForecastsHidden(question, own !== undefined);
      const values = crowdHidden ? undefined : crowd.get(question.id);
      const numbers: CurrentNumbers = {
        crowd: values ? (JSON.parse(values) as CrowdValues)[method] : null,
        crowdHidden,
        mine: own ? { probs: JSON.parse(own.probs) as number[], createdAt: own.createdAt } : null,
        forecasters: question.forecasterCount,
      };
      return [question.id, numbers];
    }),
  );
}

/**
 * Each question's newest crowd point, one index lookup per question in one statement. Written in
 * SQL: Prisma builds an OR of this shape at about 0.3 ms per question on every call, twenty
 * times what the database takes to answer it. The identifiers are quoted, as both SQLite and
 * PostgreSQL read them.
 */
function newestCrowdPoints(db: Db, questions: readonly CurrentQuestion[]) {
  const lookups = questions.map(
    (question) =>
      Prisma.sql`("questionId" = ${question.id} AND "level" = ${levelOf(question.liveForecastCount)} AND "seq" = ${question.liveForecastCount})`,
  );
  return db.$queryRaw<{ questionId: string; values: string }[]>(
    Prisma.sql`SELECT "questionId", "values" FROM "CrowdPoint" WHERE ${Prisma.join(lookups, " OR ")}`,
  );
}
