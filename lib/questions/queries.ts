// Read use cases for questions: one per detail page, the questions awaiting resolution, and the
// columns every list shows (the questions list itself is lib/questions/list.ts).
import type { Db } from "../db/client";
import { notFound } from "../errors";
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import { withVisibleCondition, withVisibleConditionDetail } from "./condition-visibility";

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
  currentResolution: {
    select: { outcome: true, occurredAt: true, value: true, option: { select: { label: true } } },
  },
  liveForecastCount: true,
  forecasterCount: true,
  _count: { select: { excerpts: true } },
} as const;

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
