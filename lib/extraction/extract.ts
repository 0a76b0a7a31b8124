// The prediction extractor: sentences of the non-debris text that state a forecast, with the cue, the probability
// the estimative-words table gives it, negation, condition, attribution and topics. Pure and deterministic.
//
// Cost: linear in the text's length for any input. Sentences are at most MAX_SENTENCE_CHARS long (longer runs are
// cut), and every step reads a sentence a bounded number of times, whatever it repeats. On top of that a time
// budget (EXTRACTION_BUDGET_MS by default) bounds one call, so a request handler cannot be held by one text.

import { findAttribution } from "./attribution";
import { splitConditional, type Conditional } from "./conditionals";
import { findCues, selectCue } from "./cues";
import { findDebris, type DebrisRange } from "./debris";
import { probabilityForCue } from "./estimative-words";
import { detectNegation } from "./negation";
import { splitSentences, type Sentence } from "./sentences";
import { statedProbability } from "./stated-probability";
import { detectTopics, isAnaphoric, type TopicSlug } from "./topics";

export type Candidate = {
  sentence: string;
  /** Offsets into the original text: text.slice(start, end) === sentence. */
  start: number;
  end: number;
  /**
   * A phrase of the estimative-words table, probability === probabilityForCue(cue); or the words of a probability the
   * text states as a number ("a 60% chance", "between 30 and 40 percent chance"), probability the number (a range's
   * midpoint; statedProbability(cue) gives the bounds back).
   */
  cue: string;
  probability: number;
  negated: boolean;
  topics: TopicSlug[];
  conditional?: Conditional;
  attribution?: string;
  /** Offsets into the original text of the words that triggered the cue (for "no … will" only the "will"). */
  cueStart?: number;
  cueEnd?: number;
};

// Sentences that are never forecasts whatever modal they contain.
const PRAYER = /\b(O (God|Allah|Lord)|pray(ed|s)? to|may (God|Allah) )/i;

/**
 * A headline: a short line without closing punctuation whose longer words are mostly capitalised ("Partnership is
 * Not in the Cards"). Headlines compress a claim for effect; the article's body states the forecast, if any.
 */
export function isHeadline(sentence: string): boolean {
  const text = sentence.trim();
  if (/[.!?…:;”"’')\]]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 14) return false;
  const long = words.filter((word) => /^\p{L}{4,}/u.test(word));
  if (long.length < 2) return false;
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / long.length >= 0.7;
}

function isQuestion(sentence: string): boolean {
  return /\?[”"’')\]]*$/.test(sentence.trim());
}

/** Quote marks opened minus closed, to tell whether a sentence leaves a quotation open for the next one. */
function quoteBalance(sentence: string, open: boolean): boolean {
  let state = open;
  for (const ch of sentence) {
    if (ch === "“") state = true;
    else if (ch === "”") state = false;
    else if (ch === '"') state = !state;
  }
  return state;
}

function opensQuote(sentence: string): boolean {
  return /[“"]/.test(sentence);
}

type Context = {
  paragraph: number;
  quoteOpen: boolean;
  quoteSpeaker?: string;
  lastSpeaker?: string;
  previousTopics: TopicSlug[];
};

function resolveSpeaker(sentence: Sentence, cueStart: number, context: Context): string | undefined {
  const hit = findAttribution(sentence.text, cueStart);
  if (hit && "name" in hit) return hit.name;
  if (hit) return context.lastSpeaker;
  // A sentence that continues a quotation opened earlier in the paragraph speaks for the quote's speaker.
  if (context.quoteOpen) return context.quoteSpeaker;
  return undefined;
}

function updateContext(sentence: Sentence, context: Context, speaker: string | undefined, topics: TopicSlug[]): void {
  const hit = findAttribution(sentence.text);
  const named = hit && "name" in hit ? hit.name : undefined;
  if (named) context.lastSpeaker = named;
  const wasOpen = context.quoteOpen;
  context.quoteOpen = quoteBalance(sentence.text, wasOpen);
  if (context.quoteOpen && !wasOpen && opensQuote(sentence.text)) {
    context.quoteSpeaker = named ?? speaker ?? (hit ? context.lastSpeaker : undefined);
  }
  context.previousTopics = topics;
}

/** Time one extractPredictions call may take by default, in milliseconds (see ExtractOptions.budgetMs). */
export const EXTRACTION_BUDGET_MS = 2000;

export type ExtractOptions = {
  /**
   * Milliseconds the call may run before it gives up with an ExtractionTimeoutError; EXTRACTION_BUDGET_MS when
   * omitted, `Infinity` for no limit. The clock is read after each pass over the whole text (debris, sentence
   * split: linear, tens of milliseconds for 1 MB) and before every sentence, so the call overruns the budget by at
   * most one such step (a sentence is at most MAX_SENTENCE_CHARS long).
   */
  budgetMs?: number;
  /** The clock, in milliseconds (performance.now by default). Tests pass a fake one. */
  now?: () => number;
  /** The sentence splitter (splitSentences by default); the library comparison of the README passes others. */
  split?: (text: string) => Sentence[];
};

/**
 * Thrown by extractPredictions when its time budget runs out. An error rather than a partial list flagged as
 * truncated: a shorter list would read as "these are the forecasts of this text", and an API client could store
 * it as such. A caller that does want the forecasts found so far has them in `partial`: complete for
 * text.slice(0, processedChars), nothing after.
 */
export class ExtractionTimeoutError extends Error {
  readonly code = "extraction_timeout";
  readonly budgetMs: number;
  readonly elapsedMs: number;
  /** Characters of the text whose sentences were all read: `partial` is complete for text.slice(0, processedChars). */
  readonly processedChars: number;
  readonly textLength: number;
  readonly partial: Candidate[];

  constructor(details: {
    budgetMs: number;
    elapsedMs: number;
    processedChars: number;
    textLength: number;
    partial: Candidate[];
  }) {
    super(
      `extraction stopped after ${Math.round(details.elapsedMs)} ms (budget ${details.budgetMs} ms), having read ` +
        `${details.processedChars} of ${details.textLength} characters`,
    );
    this.name = "ExtractionTimeoutError";
    this.budgetMs = details.budgetMs;
    this.elapsedMs = details.elapsedMs;
    this.processedChars = details.processedChars;
    this.textLength = details.textLength;
    this.partial = details.partial;
  }
}

/**
 * isInDebris for sentences taken in text order, in constant amortised time per sentence: with the ranges sorted by
 * start, [start, end) lies inside one of them exactly when the furthest end among the ranges opening at or before
 * `start` reaches `end`. (isInDebris scans every range for every sentence: quadratic for a page of short lines.)
 */
function debrisCover(ranges: readonly DebrisRange[]): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -Infinity;
  let lastStart = -Infinity;
  return (start, end) => {
    if (start < lastStart) throw new Error("debrisCover: sentences must come in text order");
    lastStart = start;
    for (; next < sorted.length && sorted[next]!.start <= start; next++) reach = Math.max(reach, sorted[next]!.end);
    return end <= reach;
  };
}

/**
 * The forecasts stated in `text`, in text order. Throws ExtractionTimeoutError when the budget in `options` (by
 * default EXTRACTION_BUDGET_MS) runs out first.
 */
export function extractPredictions(text: string, options: ExtractOptions = {}): Candidate[] {
  const budgetMs = options.budgetMs ?? EXTRACTION_BUDGET_MS;
  if (!(budgetMs >= 0)) throw new RangeError(`budgetMs must be a number of milliseconds >= 0, got ${budgetMs}`);
  const now = options.now ?? (() => performance.now());
  const startedAt = now();
  const candidates: Candidate[] = [];
  let processedChars = 0;
  const checkBudget = () => {
    const elapsedMs = now() - startedAt;
    if (elapsedMs > budgetMs) {
      throw new ExtractionTimeoutError({
        budgetMs,
        elapsedMs,
        processedChars,
        textLength: text.length,
        partial: [...candidates],
      });
    }
  };

  const inDebris = debrisCover(findDebris(text));
  checkBudget();
  const sentences = (options.split ?? splitSentences)(text);
  checkBudget();
  const context: Context = { paragraph: -1, quoteOpen: false, previousTopics: ["other"] };

  for (const sentence of sentences) {
    processedChars = sentence.start; // every sentence before this one is done
    checkBudget();
    if (inDebris(sentence.start, sentence.end)) continue;
    if (sentence.paragraph !== context.paragraph) {
      context.paragraph = sentence.paragraph;
      context.quoteOpen = false;
      context.quoteSpeaker = undefined;
    }
    const ownTopics = detectTopics(sentence.text);
    const topics = ownTopics[0] === "other" && isAnaphoric(sentence.text) ? context.previousTopics : ownTopics;

    const skipped = isQuestion(sentence.text) || PRAYER.test(sentence.text) || isHeadline(sentence.text);
    const stated = skipped ? undefined : statedProbability(sentence.text);
    if (stated) {
      const speaker = resolveSpeaker(sentence, stated.start, context);
      updateContext(sentence, context, speaker, topics);
      const conditional = splitConditional(sentence.text, stated.start);
      candidates.push({
        sentence: sentence.text,
        start: sentence.start,
        end: sentence.end,
        cue: sentence.text.slice(stated.start, stated.end),
        probability: stated.probability,
        negated: false,
        topics: [...topics],
        ...(conditional ? { conditional } : {}),
        ...(speaker ? { attribution: speaker } : {}),
        cueStart: sentence.start + stated.start,
        cueEnd: sentence.start + stated.end,
      });
      continue;
    }
    const cue = skipped ? undefined : selectCue(sentence.text, findCues(sentence.text));
    if (!cue) {
      updateContext(sentence, context, undefined, topics);
      continue;
    }

    const negation = detectNegation(sentence.text, cue);
    const probability = probabilityForCue(negation.phrase);
    const speaker = resolveSpeaker(sentence, cue.start, context);
    updateContext(sentence, context, speaker, topics);
    if (probability === undefined) continue; // unreachable while cues come from the table; keeps the type honest

    const conditional = splitConditional(sentence.text, cue.start);
    candidates.push({
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      cue: negation.phrase,
      probability,
      negated: negation.negated,
      topics: [...topics],
      ...(conditional ? { conditional } : {}),
      ...(speaker ? { attribution: speaker } : {}),
      cueStart: sentence.start + cue.start,
      cueEnd: sentence.start + cue.end,
    });
  }
  return candidates;
}
