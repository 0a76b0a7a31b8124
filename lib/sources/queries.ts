// Read use cases for sources and the excerpts taken from them.
import type { Db } from "../db/client";
import { notFound } from "../errors";
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import { encodeCursor } from "../validation/common";
import type { ListSourcesQuery } from "./schemas";

export async function listSources(db: Db, query: ListSourcesQuery) {
  const rows = await db.source.findMany({
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      title: true,
      author: true,
      outlet: true,
      url: true,
      publishedAt: true,
      publishedAtNote: true,
      contentHash: true,
      duplicateOf: { select: { id: true, title: true, outlet: true } },
      _count: { select: { excerpts: true, duplicates: true } },
    },
  });
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}

export async function getSource(db: Db, id: string, viewer: Viewer) {
  // Neither the text (up to 1 MB) nor its stored analysis is loaded here: the text has its own
  // endpoint, the analysis its own reader (stored-analysis.ts).
  const source = await db.source.findUnique({
    where: { id },
    omit: { text: true, analysis: true, analysisVersion: true },
    include: {
      duplicateOf: { select: { id: true, title: true, outlet: true } },
      duplicates: { select: { id: true, title: true, outlet: true } },
      excerpts: {
        orderBy: { startOffset: "asc" },
        include: {
          questions: {
            where: { question: visibleQuestionsWhere(viewer) },
            include: { question: { select: { id: true, title: true, resolvedAt: true, closeAt: true } } },
          },
        },
      },
    },
  });
  if (!source) throw notFound("Source");
  const withText = await db.source.count({ where: { id, text: { not: null } } });
  return { ...source, hasText: withText > 0 };
}

export type SourceDetail = Awaited<ReturnType<typeof getSource>>;
