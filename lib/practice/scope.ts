// Which questions a practice run may hold: resolved to a scorable outcome (Yes, No or an
// option), visible to the viewer, and not written by the viewer (whoever wrote and resolved a
// question knows its answer: that is not practice). "All 2017 questions" are those posed as of a
// 2017 article.
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import type { ThemeSlug } from "../domain/themes";
import { PROBABILITY_QUESTION_TYPES } from "../forecasts/probabilities";

export const SCORABLE_OUTCOMES = ["YES", "NO", "OPTION"] as const;

export const YEAR_2017 = { gte: new Date("2017-01-01T00:00:00Z"), lt: new Date("2018-01-01T00:00:00Z") };

export function practiceQuestionsWhere(viewer: Viewer) {
  return {
    AND: [
      visibleQuestionsWhere(viewer),
      { currentResolution: { outcome: { in: [...SCORABLE_OUTCOMES] } } },
      // Practice scores probabilities: NUMERIC and DATE questions are not offered yet.
      { type: { in: [...PROBABILITY_QUESTION_TYPES] } },
      ...(viewer ? [{ OR: [{ createdById: null }, { createdById: { not: viewer.userId } }] }] : []),
    ],
  };
}

export function practiceSetWhere(viewer: Viewer, set: { theme?: ThemeSlug; questionIds?: string[] }) {
  if (set.questionIds) return { AND: [practiceQuestionsWhere(viewer), { id: { in: set.questionIds } }] };
  if (set.theme) return { AND: [practiceQuestionsWhere(viewer), { themes: { some: { themeSlug: set.theme } } }] };
  return { AND: [practiceQuestionsWhere(viewer), { openAt: YEAR_2017 }] };
}
