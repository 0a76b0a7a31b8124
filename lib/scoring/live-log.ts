// A question's live forecast log as the scorer needs it (who, when, the vector), read in pages
// of plain SQL: each page is a short statement, so other requests are served between pages
// while a big question is rescored, and no Prisma model query is compiled and mapped for
// thousands of rows (that cost ~25 ms a thousand rows here, against a few for the SQL).
import { join, sql, type Sql } from "../../generated/prisma/internal/prismaNamespace";
import type { DbTransaction } from "../db/client";
import { isYesNo, probsOf } from "../forecasts/probabilities";
import type { LoggedForecast } from "./question-scores";

export const LOG_PAGE = 500;

type LogRow = { id: string; userId: string; createdAt: Date | string | number; probability: number | null };
type OptionRow = { forecastId: string; optionId: string; probability: number };

// A raw read returns a DateTime as a Date on PostgreSQL and may return the stored value on SQLite.
const timeOf = (value: Date | string | number) => (value instanceof Date ? value : new Date(value)).getTime();

export async function readLiveLog(
  tx: DbTransaction,
  questionId: string,
  question: Parameters<typeof probsOf>[0],
  pause: () => Promise<void>,
): Promise<LoggedForecast[]> {
  const log: LoggedForecast[] = [];
  let after: { createdAt: Date | string | number; id: string } | null = null;
  for (;;) {
    const keyset: Sql = after
      ? sql`AND ("createdAt" > ${after.createdAt} OR ("createdAt" = ${after.createdAt} AND "id" > ${after.id}))`
      : sql``;
    const page: LogRow[] = await tx.$queryRaw<LogRow[]>`
      SELECT "id", "userId", "createdAt", "probability" FROM "Forecast"
      WHERE "questionId" = ${questionId} AND "mode" = 'LIVE' ${keyset}
      ORDER BY "createdAt", "id" LIMIT ${LOG_PAGE}`;
    const options = isYesNo(question) || page.length === 0 ? [] : await optionRowsOf(tx, page);
    const byForecast = new Map<string, OptionRow[]>();
    for (const row of options) {
      const list = byForecast.get(row.forecastId);
      if (list) list.push(row);
      else byForecast.set(row.forecastId, [row]);
    }
    for (const forecast of page) {
      const stored = { probability: forecast.probability, probabilities: byForecast.get(forecast.id) ?? [] };
      log.push({ userId: forecast.userId, t: timeOf(forecast.createdAt), probs: probsOf(question, stored) });
    }
    if (page.length < LOG_PAGE) return log;
    const last: LogRow = page.at(-1)!;
    after = { createdAt: last.createdAt, id: last.id };
    await pause();
  }
}

function optionRowsOf(tx: DbTransaction, page: LogRow[]) {
  return tx.$queryRaw<OptionRow[]>`
    SELECT "forecastId", "optionId", "probability" FROM "ForecastOptionProbability"
    WHERE "forecastId" IN (${join(page.map((row) => row.id))})`;
}
