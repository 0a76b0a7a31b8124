// A question as it stood on its "as of" date: what a forecaster could have known then. The
// as-of date is the day the question was posed, which for the seeded questions is the
// publication date of the newest article it cites. Only excerpts published by then are shown,
// quoted in the authors' words without the probability we read into them, and nothing that
// happened later: no outcome, no resolution, no events, no other people's forecasts.
import type { ReadingStatus } from "../review/reading";
import { canSeeQuestion, type Viewer } from "../domain/viewer";
import { claimIdentity } from "../review/claims";

/** Everything the as-of view and, after an answer, the reveal need; one select for both. */
export const practiceQuestionSelect = {
  id: true,
  title: true,
  type: true,
  resolutionCriteria: true,
  openAt: true,
  teamId: true,
  conditionOutcome: true,
  // A question marked as not fairly testing its claims (lib/review/reading.ts) reveals them unscored.
  readingStatus: true,
  readingReason: true,
  conditionQuestion: {
    select: { title: true, teamId: true, currentResolution: { select: { outcome: true } } },
  },
  options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
  themes: { orderBy: { themeSlug: "asc" }, select: { themeSlug: true } },
  excerpts: {
    orderBy: { excerpt: { source: { publishedAt: "asc" } } },
    select: {
      impliedProbability: true,
      optionId: true,
      note: true,
      excerpt: {
        select: {
          id: true,
          quote: true,
          cue: true,
          attribution: true,
          condition: true,
          source: {
            select: {
              id: true,
              title: true,
              author: true,
              outlet: true,
              publishedAt: true,
              duplicateOfId: true,
              duplicateOf: { select: { author: true } },
            },
          },
        },
      },
    },
  },
  currentResolution: {
    select: {
      outcome: true,
      optionId: true,
      option: { select: { label: true } },
      occurredAt: true,
      occurredAtPrecision: true,
      recordedAt: true,
      note: true,
      evidence: true,
    },
  },
} as const;

export type PracticeQuestionRow = {
  id: string;
  title: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  resolutionCriteria: string;
  openAt: Date;
  teamId: string | null;
  conditionOutcome: "YES" | "NO" | null;
  readingStatus: ReadingStatus | null;
  readingReason: string | null;
  conditionQuestion: {
    title: string;
    teamId: string | null;
    currentResolution: { outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED" } | null;
  } | null;
  options: { id: string; label: string }[];
  themes: { themeSlug: string }[];
  excerpts: {
    impliedProbability: number;
    optionId: string | null;
    note: string | null;
    excerpt: {
      id: string;
      quote: string;
      cue: string;
      attribution: string | null;
      condition: string | null;
      source: {
        id: string;
        title: string;
        author: string;
        outlet: string;
        publishedAt: Date;
        duplicateOfId: string | null;
        duplicateOf: { author: string } | null;
      };
    };
  }[];
  currentResolution: {
    outcome: "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";
    optionId: string | null;
    option: { label: string } | null;
    occurredAt: Date;
    occurredAtPrecision: "DAY" | "MONTH" | "HALF_YEAR" | "YEAR";
    recordedAt: Date;
    note: string;
    evidence: string | null;
  } | null;
};

export function asOfDate(question: Pick<PracticeQuestionRow, "openAt">): Date {
  return question.openAt;
}

/**
 * The excerpt links a forecaster could have read on the as-of date, each claim once even when
 * two copies of one article carry it (the original's excerpt is kept).
 */
export function knownLinks(question: PracticeQuestionRow) {
  const asOf = asOfDate(question).getTime();
  const isCopy = (link: PracticeQuestionRow["excerpts"][number]) => link.excerpt.source.duplicateOfId !== null;
  const seen = new Set<string>();
  return [...question.excerpts]
    .filter((link) => link.excerpt.source.publishedAt.getTime() <= asOf)
    .sort((a, b) => Number(isCopy(a)) - Number(isCopy(b)))
    .filter((link) => {
      const key = claimIdentity({
        questionId: question.id,
        articleId: link.excerpt.source.duplicateOfId ?? link.excerpt.source.id,
        quote: link.excerpt.quote,
      });
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.excerpt.source.publishedAt.getTime() - b.excerpt.source.publishedAt.getTime());
}

/** A condition on a team question the viewer cannot see is named without its title. */
export function conditionTitle(question: PracticeQuestionRow, viewer: Viewer): string | null {
  const condition = question.conditionQuestion;
  if (!condition) return null;
  return canSeeQuestion(viewer, condition) ? condition.title : "a question you cannot see";
}

export function asOfView(question: PracticeQuestionRow, viewer: Viewer) {
  const condition = question.conditionQuestion;
  return {
    id: question.id,
    title: question.title,
    type: question.type,
    asOf: asOfDate(question),
    resolutionCriteria: question.resolutionCriteria,
    themes: question.themes.map((theme) => theme.themeSlug),
    options: question.options,
    // The condition is named, never its outcome: that would give away what happened later.
    condition:
      condition && question.conditionOutcome
        ? {
            title: conditionTitle(question, viewer)!,
            requiredOutcome: question.conditionOutcome,
          }
        : null,
    excerpts: knownLinks(question).map(({ excerpt }) => ({
      id: excerpt.id,
      quote: excerpt.quote,
      cue: excerpt.cue,
      author: excerpt.source.duplicateOf?.author ?? excerpt.source.author,
      attribution: excerpt.attribution,
      condition: excerpt.condition,
      source: { title: excerpt.source.title, outlet: excerpt.source.outlet, publishedAt: excerpt.source.publishedAt },
    })),
  };
}

export type AsOfQuestion = ReturnType<typeof asOfView>;
