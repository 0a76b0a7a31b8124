// Shapes of the scored review of the seeded articles, shared by its builder, pages and JSON.
import type { CalibrationBin } from "../forecasting";
import type { ClaimCondition, ResolutionOutcome } from "./claims";
import type { QuestionReading } from "./reading";

export type DatePrecision = "DAY" | "MONTH" | "HALF_YEAR" | "YEAR";

export type ReviewArticle = {
  id: string;
  title: string;
  author: string;
  outlet: string;
  publishedAt: Date;
  approximateDate: boolean;
  /** Other copies of the same article (e.g. a paywalled teaser); their claims count once, here. */
  copies: { id: string; title: string; outlet: string }[];
};

export type ReviewQuestion = {
  id: string;
  title: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  themes: string[];
  outcome: ResolutionOutcome;
  optionLabel: string | null;
  occurredAt: Date;
  precision: DatePrecision;
  note: string;
  evidence: string | null;
  evidenceUrl: string | null;
  /** Set when the question does not fairly test its claims; its claims are then not scored. */
  reading: QuestionReading | null;
};

export type ReviewClaim = {
  /** excerptId:questionId, unique within a review. */
  id: string;
  excerptId: string;
  questionId: string;
  questionTitle: string;
  /** The article the claim counts for (the original when the excerpt comes from a copy). */
  articleId: string;
  /** The source the excerpt was taken from. */
  sourceId: string;
  author: string;
  /** Whose claim the author reports, when not the author's own. */
  attribution: string | null;
  quote: string;
  cue: string;
  impliedProbability: number;
  optionLabel: string | null;
  note: string | null;
  publishedAt: Date;
  themes: string[];
  condition: ClaimCondition | null;
  /** The question's mark, shown beside the claim. */
  reading: QuestionReading | null;
  outcome: 0 | 1 | null;
  scored: boolean;
  brier: number | null;
  logScore: number | null;
  reason: string | null;
};

export type AuthorSummary = {
  author: string;
  articles: ReviewArticle[];
  claims: ReviewClaim[];
  claimCount: number;
  scoredCount: number;
  /** Claims the author reports from someone else (an official, an institute). */
  quotedCount: number;
  meanBrier: number | null;
  meanLogScore: number | null;
  /** Only when there are at least MIN_CLAIMS_FOR_CALIBRATION scored claims. */
  calibration: CalibrationBin[] | null;
};

export type ThemeReview = {
  slug: string;
  label: string;
  description: string;
  verdict: string;
  questions: ReviewQuestion[];
  claims: ReviewClaim[];
  /** Authors with a claim in this theme, best mean Brier first. */
  authors: { author: string; scoredCount: number; meanBrier: number | null }[];
};

export type ReviewEvent = { id: string; occurredAt: Date; precision: DatePrecision; summary: string };

export type Review = {
  authors: AuthorSummary[];
  themes: ThemeReview[];
  questions: ReviewQuestion[];
  events: ReviewEvent[];
};
