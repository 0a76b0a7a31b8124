// The forecasts found in a text, tied to the workbench's questions: each gets the questions it is most
// similar to (among those the viewer may see) and the themes that similarity supports; see
// lib/extraction/similar-questions.ts for the evidence rule.
import type { Db } from "../db/client";
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import type { ThemeSlug } from "../domain/themes";
import { assignThemes, questionIndex, type Candidate, type SimilarQuestion } from "../extraction";
import { candidateAt } from "./candidates";
import { sourceAnalysis } from "./stored-analysis";

/** Questions indexed for one text at most, newest first: bounds the work whatever the workbench's size. */
export const LINKABLE_QUESTIONS = 2000;

export type LinkedCandidate = Candidate & {
  /** The themes the forecast bears on; empty when nothing ties the text to the workbench's questions. */
  topics: ThemeSlug[];
  similarQuestions: Pick<SimilarQuestion, "id" | "title">[];
};

export async function linkToQuestions(
  db: Db,
  viewer: Viewer,
  candidates: readonly Candidate[],
): Promise<LinkedCandidate[]> {
  if (candidates.length === 0) return [];
  const questions = await db.question.findMany({
    where: visibleQuestionsWhere(viewer),
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
  const themed = assignThemes(index, candidates);
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
