// One page of a question's live forecast log as the viewer may see it: their own forecasts
// always, others' only when not hidden. Read from the database a page at a time, so a question
// with 10,000 forecasts costs what one with 50 does.
import type { Db } from "../db/client";
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import { notFound } from "../errors";
import { encodeCursor } from "../validation/common";
import { logEntryOf, type LogEntry } from "./log";
import { RANGE_COLUMNS } from "./continuous";
import { isContinuous, isYesNo } from "./probabilities";
import type { ForecastPageQuery } from "./schemas-query";
import { individualsHiddenFrom, othersForecastsHidden, SIGN_IN_TO_SEE_FORECASTERS } from "./visibility";

export async function forecastPage(db: Db, viewer: Viewer, questionId: string, page: ForecastPageQuery) {
  const question = await db.question.findFirst({
    where: { AND: [{ id: questionId }, visibleQuestionsWhere(viewer)] },
    select: {
      id: true,
      resolvedAt: true,
      hideForecastsUntilForecast: true,
      ...RANGE_COLUMNS,
      options: { orderBy: { position: "asc" }, select: { id: true } },
    },
  });
  if (!question) throw notFound("Question");
  const viewerHasForecast = viewer
    ? (await db.forecast.findFirst({
        where: { questionId, userId: viewer.userId, mode: "LIVE" },
        select: { id: true },
      })) !== null
    : false;
  if (individualsHiddenFrom(viewer))
    return {
      question,
      hidden: true,
      hiddenReason: SIGN_IN_TO_SEE_FORECASTERS,
      items: [] as LogEntry[],
      nextCursor: null,
    };
  const hidden = othersForecastsHidden(question, viewerHasForecast);
  const hiddenReason = hidden ? "Others' forecasts are hidden until you forecast this question." : undefined;

  const rows = await db.forecast.findMany({
    where: { questionId, mode: "LIVE", ...(hidden ? { userId: viewer!.userId } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: page.limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      userId: true,
      createdAt: true,
      probability: true,
      rationale: true,
      user: { select: { name: true } },
      // A yes/no forecast has no option rows: asking for them would cost a query per page.
      probabilities:
        isYesNo(question) || isContinuous(question) ? false : { select: { optionId: true, probability: true } },
      cdf: isContinuous(question),
    },
  });
  const items = rows
    .slice(0, page.limit)
    .map((row) => logEntryOf(question, row, { userId: row.userId, name: row.user.name }));
  const last = items.at(-1);
  return {
    question,
    hidden,
    hiddenReason,
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor(last.id) : null,
  };
}
