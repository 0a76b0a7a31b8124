// Read use cases for questions: one query per list page (counts included), one per detail page.
import type { Db } from "../db/client";
import { notFound } from "../errors";
import { statusWhere } from "../domain/question-status";
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import { encodeCursor } from "../validation/common";
import { withVisibleCondition, withVisibleConditionDetail } from "./condition-visibility";
import type { ListQuestionsQuery, QuestionSort } from "./schemas";

const ORDER: Record<QuestionSort, object[]> = {
  closing: [{ closeAt: "asc" }, { id: "asc" }],
  newest: [{ openAt: "desc" }, { id: "desc" }],
  oldest: [{ openAt: "asc" }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
};

export const questionSummarySelect = {
  id: true,
  title: true,
  type: true,
  openAt: true,
  closeAt: true,
  resolveBy: true,
  resolvedAt: true,
  teamId: true,
  conditionQuestionId: true,
  conditionOutcome: true,
  // Only to decide whether the viewer may see the condition (lib/questions/condition-visibility.ts).
  conditionQuestion: { select: { teamId: true } },
  themes: { select: { themeSlug: true }, orderBy: { themeSlug: "asc" } },
  currentResolution: { select: { outcome: true, occurredAt: true, option: { select: { label: true } } } },
  liveForecastCount: true,
  forecasterCount: true,
  _count: { select: { excerpts: true } },
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
  const [rows, total] = await Promise.all([
    db.question.findMany({
      where,
      select: questionSummarySelect,
      orderBy: ORDER[query.sort] as never,
      take: query.limit + 1,
      ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    }),
    db.question.count({ where }),
  ]);
  const items = rows.slice(0, query.limit).map((row) => withVisibleCondition(row, viewer));
  const last = items.at(-1);
  return { items, total, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}

export type QuestionSummary = Awaited<ReturnType<typeof listQuestions>>["items"][number];

export async function getQuestion(db: Db, id: string, viewer: Viewer) {
  const question = await db.question.findFirst({
    where: { AND: [{ id }, visibleQuestionsWhere(viewer)] },
    include: {
      options: { orderBy: { position: "asc" } },
      themes: { orderBy: { themeSlug: "asc" }, include: { theme: true } },
      conditionQuestion: {
        select: {
          id: true,
          title: true,
          teamId: true,
          resolvedAt: true,
          currentResolution: { select: { outcome: true } },
        },
      },
      // Questions that depend on this one: only those the viewer may see (a team question may
      // depend on a public one).
      conditionalOn: {
        where: visibleQuestionsWhere(viewer),
        select: { id: true, title: true, conditionOutcome: true },
      },
      currentResolution: { include: { option: true, event: true } },
      resolutions: {
        orderBy: { recordedAt: "desc" },
        include: { option: true, event: true, recordedBy: { select: { name: true } } },
      },
      excerpts: {
        orderBy: { excerpt: { source: { publishedAt: "asc" } } },
        include: {
          option: true,
          excerpt: {
            include: {
              source: {
                select: {
                  id: true,
                  title: true,
                  author: true,
                  outlet: true,
                  url: true,
                  publishedAt: true,
                  publishedAtNote: true,
                },
              },
            },
          },
        },
      },
    },
  });
  if (!question) throw notFound("Question");
  return withVisibleConditionDetail(question, viewer);
}

export type QuestionDetail = Awaited<ReturnType<typeof getQuestion>>;

export const NEEDS_RESOLUTION_LIMIT = 100;

/** Unresolved questions past their resolve-by date, most overdue first. */
export async function questionsNeedingResolution(db: Db, viewer: Viewer, now = new Date()) {
  const where = { AND: [visibleQuestionsWhere(viewer), { resolvedAt: null, resolveBy: { lte: now } }] };
  const [rows, total] = await Promise.all([
    db.question.findMany({
      where,
      select: { ...questionSummarySelect, createdById: true },
      orderBy: [{ resolveBy: "asc" }, { id: "asc" }],
      take: NEEDS_RESOLUTION_LIMIT,
    }),
    db.question.count({ where }),
  ]);
  return { items: rows.map((row) => withVisibleCondition(row, viewer)), total };
}
