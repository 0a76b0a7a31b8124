// The forecasts found in a text, tied to the workbench's questions: each gets the questions it is most
// similar to (among those the viewer may see) and the themes that similarity supports; see
// lib/extraction/similar-questions.ts for the evidence rule.
import type { Db } from "../db/client";
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import type { ThemeSlug } from "../domain/themes";
import {
  questionIndex,
  similarQuestions,
  SIMILAR_SHOWN,
  themesGivenSimilar,
  type Candidate,
  type QuestionIndex,
  type SimilarQuestion,
} from "../extraction";
import { candidateAt } from "./candidates";
import { sourceAnalysis } from "./stored-analysis";

export type LinkedCandidate = Candidate & {
  /** The themes the forecast bears on; empty when nothing ties the text to the workbench's questions. */
  topics: ThemeSlug[];
  similarQuestions: Pick<SimilarQuestion, "id" | "title">[];
};

/** Questions indexed at most, newest first: bounds the index's memory and build time. */
export const LINKABLE_QUESTIONS = 5000;
/** Similar questions looked at per forecast before those the reader may not see are dropped. */
const LOOKED_AT = 10;

type CachedIndex = { key: string; index: QuestionIndex };

// Building the index costs far more than querying it (a fraction of a millisecond a question), and a
// question's title and criteria do not change once asked, so one index per database is kept and rebuilt
// when a question is added or removed. Who may see a linked question is read fresh on every call.
const cache = new WeakMap<Db, CachedIndex>();

async function cachedIndex(db: Db): Promise<QuestionIndex> {
  const stamp = await db.question.aggregate({ _count: { _all: true }, _max: { createdAt: true } });
  const key = `${stamp._count._all}:${stamp._max.createdAt?.getTime() ?? 0}`;
  const cached = cache.get(db);
  if (cached?.key === key) return cached.index;
  const questions = await db.question.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LINKABLE_QUESTIONS,
    select: { id: true, title: true, resolutionCriteria: true, themes: { select: { themeSlug: true } } },
  });
  const index = questionIndex(
    questions.map((question) => ({
      id: question.id,
      title: question.title,
      resolutionCriteria: question.resolutionCriteria,
      themes: question.themes.map((theme) => theme.themeSlug as ThemeSlug),
    })),
  );
  cache.set(db, { key, index });
  return index;
}

export async function linkToQuestions(
  db: Db,
  viewer: Viewer,
  candidates: readonly Candidate[],
): Promise<LinkedCandidate[]> {
  if (candidates.length === 0) return [];
  const index = await cachedIndex(db);
  const found = candidates.map((candidate) => similarQuestions(index, candidate.sentence, LOOKED_AT));
  const ids = [...new Set(found.flat().map((question) => question.id))];
  const visible = new Map(
    ids.length === 0
      ? []
      : (
          await db.question.findMany({
            where: { AND: [{ id: { in: ids } }, visibleQuestionsWhere(viewer)] },
            select: { id: true, title: true },
          })
        ).map((question) => [question.id, question.title]),
  );
  const similar = found.map((questions) =>
    questions
      .filter((question) => visible.has(question.id))
      .slice(0, SIMILAR_SHOWN)
      .map((question) => ({ ...question, title: visible.get(question.id)! })),
  );
  const themed = themesGivenSimilar(candidates, similar);
  return candidates.map((candidate, i) => ({
    ...candidate,
    topics: themed[i]!.themes,
    similarQuestions: themed[i]!.similar.map(({ id, title }) => ({ id, title })),
  }));
}

/** The forecast at [start, end) of a stored source, linked as on the source's page (the whole text decides). */
export async function linkedCandidateAt(
  db: Db,
  viewer: Viewer,
  source: { id: string; text: string },
  start: number,
  end: number,
): Promise<LinkedCandidate> {
  const candidate = await candidateAt(db, source, start, end);
  const { analysis } = await sourceAnalysis(db, source);
  const linked = await linkToQuestions(db, viewer, analysis?.candidates ?? [candidate]);
  return linked.find((found) => found.start === start && found.end === end)!;
}
