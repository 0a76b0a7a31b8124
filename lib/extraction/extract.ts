// The prediction extractor: sentences of the non-debris text that state a forecast, with the cue, the probability
// the estimative-words table gives it, negation, condition, attribution and topics. Pure and deterministic.

import { findAttribution } from "./attribution";
import { splitConditional, type Conditional } from "./conditionals";
import { findCues, selectCue } from "./cues";
import { findDebris, isInDebris } from "./debris";
import { probabilityForCue } from "./estimative-words";
import { detectNegation } from "./negation";
import { splitSentences, type Sentence } from "./sentences";
import { detectTopics, isAnaphoric, type TopicSlug } from "./topics";

export type Candidate = {
  sentence: string;
  /** Offsets into the original text: text.slice(start, end) === sentence. */
  start: number;
  end: number;
  /** A phrase of the estimative-words table; probability === probabilityForCue(cue). */
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

/** The forecasts stated in `text`, in text order. */
export function extractPredictions(text: string): Candidate[] {
  const debris = findDebris(text);
  const candidates: Candidate[] = [];
  const context: Context = { paragraph: -1, quoteOpen: false, previousTopics: ["other"] };

  for (const sentence of splitSentences(text)) {
    if (isInDebris(debris, sentence.start, sentence.end)) continue;
    if (sentence.paragraph !== context.paragraph) {
      context.paragraph = sentence.paragraph;
      context.quoteOpen = false;
      context.quoteSpeaker = undefined;
    }
    const ownTopics = detectTopics(sentence.text);
    const topics = ownTopics[0] === "other" && isAnaphoric(sentence.text) ? context.previousTopics : ownTopics;

    const cue =
      isQuestion(sentence.text) || PRAYER.test(sentence.text)
        ? undefined
        : selectCue(sentence.text, findCues(sentence.text));
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
