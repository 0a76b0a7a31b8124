// Shapes of the seed material. Every record carries a stable `key` so that seeding can
// tell "already loaded" from "missing" without ever touching rows a user has changed.
import type { ThemeSlug } from "../domain/themes";

/** ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

export type DatePrecision = "DAY" | "MONTH" | "HALF_YEAR" | "YEAR";

export type SeedSource = {
  key: string;
  /** File name in the shared articles folder; used by tests only, never at run time. */
  fileName: string;
  title: string;
  author: string;
  outlet: string;
  url: string | null;
  publishedAt: IsoDate;
  /** Why the date is approximate, when it is. */
  publishedAtNote?: string;
  /** SHA-256 (hex) of the article file's full UTF-8 text, as the source library would store it. */
  contentSha256: string;
  /** The same article published elsewhere (e.g. a paywalled teaser of a full copy). */
  duplicateOfKey?: string;
  /** One or two sentences on what the piece argues, in our words (the text itself is not stored). */
  summary: string;
};

export type SeedExcerpt = {
  key: string;
  sourceKey: string;
  /** Verbatim, short, exactly `text.slice(start, end)` of the source file. */
  quote: string;
  start: number;
  end: number;
  /** The estimative cue as it appears in the quote, e.g. "is soon expected", "unlikely". */
  cue: string;
  /** Probability the author's words give the claim as stated (before any question's framing). */
  cueProbability: number;
  /** True when the claim is negated ("not a merger", "nor are there any prospects"). */
  negated: boolean;
  /** Whose claim it is when not the author's own ("Ayad Allawi", "Hisham al-Hashemi"). */
  attribution?: string;
  /** For conditional claims, the condition in the author's words ("if Baghdadi is killed"). */
  condition?: string;
  topics: ThemeSlug[];
};

export type SeedQuestionExcerpt = {
  excerptKey: string;
  /** Probability the excerpt implies for YES on this question (or for `optionIndex`). */
  impliedProbability: number;
  /** Multiple choice only: the option the excerpt speaks to. */
  optionIndex?: number;
  /** How the excerpt bears on the question when that is not obvious. */
  note?: string;
};

export type SeedOutcome = "YES" | "NO" | "AMBIGUOUS" | "ANNULLED" | { optionIndex: number };

export type SeedResolution = {
  outcome: SeedOutcome;
  occurredAt: IsoDate;
  occurredAtPrecision: DatePrecision;
  /** The outcome event this resolution rests on, when there is one. */
  eventKey?: string;
  /** One line: what happened and why that settles the question. */
  note: string;
  /** The evidence as shown: the source and what it shows, e.g. "Iraqi government statement". */
  evidence: string;
  /**
   * The kind of source the evidence is, in the criteria's own words (e.g. "official media",
   * "ISIL/al-Qaida Monitoring Team"): a resolution may rest only on a source its criteria accept.
   */
  evidenceKind: string;
};

/**
 * What the criteria ask about, in time. `event`: something happening within [from, to], where
 * `from` may be the moment a conditional question's condition is met. `state`: how things stand
 * on one date, so the outcome cannot be known before that date.
 */
export type SeedAsk = { kind: "event"; from: IsoDate | "condition"; to: IsoDate } | { kind: "state"; on: IsoDate };

export type SeedReadingStatus = "SETTLED_AT_OPENING" | "DIFFERS_FROM_AUTHOR" | "AMBIGUOUS_CLAIM";

/**
 * A mark on a question that does not fairly test the claims linked to it: its answer was known
 * when it opened, it asks something other than the author claimed, or the author's words allow
 * a reading under which it tests nothing he predicted. Claims on a marked question are shown
 * with the reason and not scored against their authors.
 */
export type SeedReading = { status: SeedReadingStatus; reason: string };

export type SeedQuestion = {
  key: string;
  title: string;
  description: string;
  resolutionCriteria: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  options?: string[];
  openAt: IsoDate;
  closeAt: IsoDate;
  resolveBy: IsoDate;
  themes: ThemeSlug[];
  condition?: { questionKey: string; outcome: "YES" | "NO" };
  asks: SeedAsk;
  reading?: SeedReading;
  excerpts: SeedQuestionExcerpt[];
  resolution?: SeedResolution;
};

export type SeedEvent = {
  key: string;
  occurredAt: IsoDate;
  precision: DatePrecision;
  summary: string;
  sourceKind: string;
};
