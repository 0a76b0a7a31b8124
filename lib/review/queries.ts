// Builds the scored review: every excerpt linked to a resolved question the viewer may see,
// scored against the outcome, grouped by author (article by article) and by theme. Two queries
// for the claims and sources, one for the outcome timeline; the rest is pure.
import { PROBABILITY_QUESTION_TYPES, requireProbabilityQuestion } from "../forecasts/probabilities";
import type { Db } from "../db/client";
import { THEMES } from "../domain/themes";
import { canSeeQuestion, visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import { dedupeClaims, scoreClaim } from "./claims";
import { readingOf } from "./reading";
import { byMeanBrier, summarizeAuthor, summarizeClaims } from "./summary";
import type { Review, ReviewArticle, ReviewClaim, ReviewQuestion, ThemeReview } from "./types";
import { themeVerdict } from "./verdict";

/** The themes the review always shows, even before anything in them has resolved. */
const ALWAYS_SHOWN = new Set(["truce", "merger", "defections", "aq-iraq", "territory", "leadership"]);

async function loadLinks(db: Db, viewer: Viewer) {
  return db.questionExcerpt.findMany({
    where: {
      question: {
        AND: [
          visibleQuestionsWhere(viewer),
          { currentResolutionId: { not: null } },
          // Claims are scored as probabilities: NUMERIC and DATE questions are not reviewed yet.
          { type: { in: [...PROBABILITY_QUESTION_TYPES] } },
        ],
      },
    },
    select: {
      impliedProbability: true,
      optionId: true,
      note: true,
      option: { select: { label: true } },
      excerpt: {
        select: {
          id: true,
          quote: true,
          cue: true,
          attribution: true,
          condition: true,
          source: { select: { id: true, publishedAt: true, duplicateOfId: true } },
        },
      },
      question: {
        select: {
          id: true,
          title: true,
          type: true,
          themes: { select: { themeSlug: true }, orderBy: { themeSlug: "asc" } },
          conditionOutcome: true,
          readingStatus: true,
          readingReason: true,
          conditionQuestion: {
            select: { title: true, teamId: true, currentResolution: { select: { outcome: true } } },
          },
          currentResolution: {
            select: {
              outcome: true,
              optionId: true,
              option: { select: { label: true } },
              occurredAt: true,
              occurredAtPrecision: true,
              note: true,
              evidence: true,
              evidenceUrl: true,
            },
          },
        },
      },
    },
  });
}

type Link = Awaited<ReturnType<typeof loadLinks>>[number];

function toQuestion(link: Link): ReviewQuestion {
  const { question } = link;
  const resolution = question.currentResolution!;
  return {
    id: question.id,
    title: question.title,
    type: requireProbabilityQuestion(question, "The review").type,
    themes: question.themes.map((theme) => theme.themeSlug),
    outcome: resolution.outcome,
    optionLabel: resolution.option?.label ?? null,
    occurredAt: resolution.occurredAt,
    precision: resolution.occurredAtPrecision,
    note: resolution.note,
    evidence: resolution.evidence,
    evidenceUrl: resolution.evidenceUrl,
    reading: readingOf(question),
  };
}

function toClaim(link: Link, viewer: Viewer, articles: Map<string, ReviewArticle>): ReviewClaim {
  const { excerpt, question } = link;
  const resolution = question.currentResolution!;
  const articleId = excerpt.source.duplicateOfId ?? excerpt.source.id;
  const article = articles.get(articleId)!;
  const condition = question.conditionQuestion;
  const reading = readingOf(question);
  const score = scoreClaim({
    reading,
    impliedProbability: link.impliedProbability,
    optionId: link.optionId,
    excerptCondition: excerpt.condition,
    questionType: requireProbabilityQuestion(question, "The review").type,
    resolution: { outcome: resolution.outcome, optionId: resolution.optionId },
    questionCondition:
      condition && question.conditionOutcome
        ? {
            // A condition on a team question the viewer cannot see is named without its title.
            title: canSeeQuestion(viewer, condition) ? condition.title : "a question you cannot see",
            required: question.conditionOutcome,
            resolvedAs: condition.currentResolution?.outcome ?? null,
          }
        : null,
  });
  return {
    id: `${excerpt.id}:${question.id}`,
    excerptId: excerpt.id,
    questionId: question.id,
    questionTitle: question.title,
    articleId,
    sourceId: excerpt.source.id,
    author: article.author,
    attribution: excerpt.attribution,
    quote: excerpt.quote,
    cue: excerpt.cue,
    impliedProbability: link.impliedProbability,
    optionLabel: link.option?.label ?? null,
    note: link.note,
    publishedAt: article.publishedAt,
    themes: question.themes.map((theme) => theme.themeSlug),
    ...score,
    reading,
  };
}

async function loadArticles(db: Db, sourceIds: string[]): Promise<Map<string, ReviewArticle>> {
  const sources = await db.source.findMany({
    where: {
      OR: [
        { id: { in: sourceIds } },
        { duplicateOfId: { in: sourceIds } },
        { duplicates: { some: { id: { in: sourceIds } } } },
      ],
    },
    select: {
      id: true,
      title: true,
      author: true,
      outlet: true,
      publishedAt: true,
      publishedAtNote: true,
      duplicateOfId: true,
    },
  });
  const articles = new Map<string, ReviewArticle>();
  for (const source of sources) {
    if (source.duplicateOfId) continue;
    articles.set(source.id, {
      id: source.id,
      title: source.title,
      author: source.author,
      outlet: source.outlet,
      publishedAt: source.publishedAt,
      approximateDate: source.publishedAtNote !== null,
      copies: [],
    });
  }
  for (const source of sources) {
    if (source.duplicateOfId)
      articles.get(source.duplicateOfId)?.copies.push({ id: source.id, title: source.title, outlet: source.outlet });
  }
  return articles;
}

const byDateThenQuestion = (a: ReviewClaim, b: ReviewClaim) =>
  a.publishedAt.getTime() - b.publishedAt.getTime() ||
  a.questionId.localeCompare(b.questionId) ||
  a.id.localeCompare(b.id);

export async function loadReview(db: Db, viewer: Viewer): Promise<Review> {
  const [links, events] = await Promise.all([
    loadLinks(db, viewer),
    db.outcomeEvent.findMany({
      orderBy: { occurredAt: "asc" },
      select: { id: true, occurredAt: true, precision: true, summary: true },
    }),
  ]);
  const articles = await loadArticles(db, [...new Set(links.map((link) => link.excerpt.source.id))]);
  const claims = dedupeClaims(links.map((link) => toClaim(link, viewer, articles))).sort(byDateThenQuestion);

  const questions = new Map<string, ReviewQuestion>();
  for (const link of links) questions.set(link.question.id, toQuestion(link));
  const questionList = [...questions.values()].sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.title.localeCompare(b.title),
  );

  const authorNames = [...new Set(claims.map((claim) => claim.author))];
  const authors = byMeanBrier(
    authorNames.map((author) => {
      const own = claims.filter((claim) => claim.author === author);
      const ownArticles = [...new Set(own.map((claim) => claim.articleId))].map((id) => articles.get(id)!);
      ownArticles.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
      return summarizeAuthor(author, ownArticles, own);
    }),
  );

  const themes: ThemeReview[] = [];
  for (const theme of THEMES) {
    const themeQuestions = questionList.filter((question) => question.themes.includes(theme.slug));
    const themeClaims = claims.filter((claim) => claim.themes.includes(theme.slug));
    if (themeClaims.length === 0 && !ALWAYS_SHOWN.has(theme.slug)) continue;
    const themeAuthors = byMeanBrier(
      [...new Set(themeClaims.map((claim) => claim.author))].map((author) => {
        const { scoredCount, meanBrier } = summarizeClaims(themeClaims.filter((claim) => claim.author === author));
        return { author, scoredCount, meanBrier };
      }),
    );
    themes.push({
      slug: theme.slug,
      label: theme.label,
      description: theme.description,
      verdict: themeVerdict(themeQuestions, themeClaims, themeAuthors),
      questions: themeQuestions,
      claims: themeClaims,
      authors: themeAuthors,
    });
  }

  return { authors, themes, questions: questionList, events };
}
