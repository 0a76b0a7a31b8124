// The API's representation of the review: dates as ISO strings, everything else as built.
import type { Review, ReviewArticle, ReviewClaim, ReviewQuestion } from "./types";

const iso = (date: Date) => date.toISOString();

export const toClaimJson = (claim: ReviewClaim) => ({ ...claim, publishedAt: iso(claim.publishedAt) });
export const toQuestionJson = (question: ReviewQuestion) => ({ ...question, occurredAt: iso(question.occurredAt) });
const toArticleJson = (article: ReviewArticle) => ({ ...article, publishedAt: iso(article.publishedAt) });

export function toReviewJson(review: Review) {
  return {
    authors: review.authors.map((author) => ({
      ...author,
      articles: author.articles.map(toArticleJson),
      claims: author.claims.map(toClaimJson),
    })),
    themes: review.themes.map((theme) => ({
      ...theme,
      questions: theme.questions.map(toQuestionJson),
      claims: theme.claims.map(toClaimJson),
    })),
    questions: review.questions.map(toQuestionJson),
    events: review.events.map((event) => ({ ...event, occurredAt: iso(event.occurredAt) })),
  };
}
