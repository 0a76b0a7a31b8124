// The questions list (the /questions page and GET /api/v1/questions): a page of the questions a
// viewer may see, filtered and in the chosen order, each with the crowd's current forecast, the
// viewer's own latest and the forecaster count from the read models. A view costs the same
// statements whatever the number of questions or forecasts behind it
// (tests/integration/query-counts.test.ts).
import type { Db } from "../db/client";
import { questionStatus, statusWhere, type QuestionStatus } from "../domain/question-status";
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import { currentNumbers, type CurrentNumbers, type CurrentQuestion } from "../forecasts/current";
import { encodeCursor } from "../validation/common";
import { withVisibleCondition } from "./condition-visibility";
import { questionSummarySelect } from "./queries";
import type { ListQuestionsQuery, QuestionSort } from "./schemas";

type OrderBy = Record<string, "asc" | "desc">[];

/** A run of the list in one order: the whole list, or one status of the "open first" order. */
type Run = { status: QuestionStatus | null; where: object; orderBy: OrderBy };

const ORDER: Record<Exclude<QuestionSort, "open-first">, OrderBy> = {
  closing: [{ closeAt: "asc" }, { id: "asc" }],
  newest: [{ openAt: "desc" }, { id: "desc" }],
  oldest: [{ openAt: "asc" }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
};

// What a forecaster can still act on comes first: open questions closing soonest, then those
// awaiting resolution (due soonest), then the resolved ones, most recently resolved first.
const OPEN_FIRST: Record<QuestionStatus, OrderBy> = {
  open: [{ closeAt: "asc" }, { id: "asc" }],
  closed: [{ resolveBy: "asc" }, { id: "asc" }],
  resolved: [{ resolvedAt: "desc" }, { id: "desc" }],
};
const STATUS_ORDER: readonly QuestionStatus[] = ["open", "closed", "resolved"];

function runsOf(query: ListQuestionsQuery, now: Date): Run[] {
  if (query.sort !== "open-first") return [{ status: null, where: {}, orderBy: ORDER[query.sort] }];
  const statuses = query.status ? [query.status] : STATUS_ORDER;
  return statuses.map((status) => ({ status, where: statusWhere(status, now), orderBy: OPEN_FIRST[status] }));
}

// Only what orders the page and decides its numbers; the rest is read for the page's rows only.
const pickSelect = {
  id: true,
  liveForecastCount: true,
  forecasterCount: true,
  hideForecastsUntilForecast: true,
  resolvedAt: true,
} as const;

const rowSelect = {
  ...questionSummarySelect,
  hideForecastsUntilForecast: true,
  options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
} as const;

export async function listQuestions(db: Db, query: ListQuestionsQuery, viewer: Viewer, now = new Date()) {
  const where = {
    AND: [
      visibleQuestionsWhere(viewer),
      query.status ? statusWhere(query.status, now) : {},
      query.theme ? { themes: { some: { themeSlug: query.theme } } } : {},
      query.q ? { searchText: { contains: query.q.toLowerCase() } } : {},
    ],
  };
  const runs = runsOf(query, now);
  // A cursor continues the run its question is in now; the runs before it are done.
  let first = 0;
  if (query.cursor && runs.length > 1) {
    const at = await db.question.findUnique({
      where: { id: query.cursor },
      select: { closeAt: true, resolvedAt: true },
    });
    if (!at) return { items: [], total: await db.question.count({ where }), nextCursor: null };
    first = runs.findIndex((run) => run.status === questionStatus(at, now));
  }
  // The runs are read in turn only until the page and one more question are in hand: a page
  // inside one run (the usual case) costs one read, and a page crossing into the next run one more.
  const [total, all] = await Promise.all([db.question.count({ where }), pick(db, where, runs.slice(first), query)]);
  const page = all.slice(0, query.limit);
  const [rows, numbers] = await Promise.all([
    db.question.findMany({ where: { id: { in: page.map((row) => row.id) } }, select: rowSelect }),
    currentNumbers(db, viewer, page),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  // In the page's order; a question deleted in between is left out.
  const items = page.flatMap(({ id }) => {
    const row = byId.get(id);
    return row ? [{ ...withVisibleCondition(row, viewer), numbers: numbers.get(id)! }] : [];
  });
  const last = items.at(-1);
  return { items, total, nextCursor: all.length > query.limit && last ? encodeCursor(last.id) : null };
}

/** The page's questions and one more (to know a next page exists), in the runs' order. */
async function pick(db: Db, where: object, runs: readonly Run[], query: ListQuestionsQuery) {
  const wanted = query.limit + 1;
  const picked: CurrentQuestion[] = [];
  for (const [i, run] of runs.entries()) {
    picked.push(
      ...(await db.question.findMany({
        where: { AND: [where, run.where] },
        select: pickSelect,
        orderBy: run.orderBy as never,
        take: wanted - picked.length,
        ...(i === 0 && query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
      })),
    );
    if (picked.length >= wanted) break;
  }
  return picked;
}

export type QuestionSummary = Awaited<ReturnType<typeof listQuestions>>["items"][number];
export type { CurrentNumbers };
