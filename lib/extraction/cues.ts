// Estimative cues: the words that carry an author's probability. Every phrase comes from the estimative-words table
// (the single source of probabilities); this module only decides where a phrase is really an estimate.

import { ESTIMATIVE_WORDS } from "./estimative-words";

/** A cue found in a sentence: `phrase` is a table phrase, [start, end) its words in the sentence. */
export type CueMatch = { phrase: string; start: number; end: number };

export const BARE_MODALS: ReadonlySet<string> = new Set(["will", "would", "may", "might", "could"]);

const ADJECTIVE_CUES = new Set([
  "possible",
  "impossible",
  "probable",
  "certain",
  "difficult",
  "easier",
  "likely",
  "unlikely",
  "expected",
]);

const PAST_PARTICIPLES =
  "been|done|gone|seen|taken|given|made|had|known|come|become|begun|shown|thought|brought|left|lost|won|kept|held|" +
  "found|told|said|got|gotten|put|set|let|run|written|fallen|risen|driven|chosen|spoken|broken|stolen|hit|fought|" +
  "built|sent|spent|meant|felt|led|struck|caught|taught|sought|heard|paid|laid|sold|stood|understood";

// Every test below looks at a bounded neighbourhood of the cue: a sticky pattern read from the cue's end, or a
// lookbehind read backwards from its start. Testing `sentence.slice(0, start)` against a pattern ending in `$`
// instead would try every position of the text before the cue, for every cue: quadratic in a long sentence.

// "could have destroyed", "may have been": a past possibility or a counterfactual, not a forecast.
const PAST_MODAL_AFTER = new RegExp(`\\s+(?:not\\s+|never\\s+)?have\\s+(?:${PAST_PARTICIPLES}|\\p{L}+ed)\\b`, "iuy");

const NOUN_WILL_BEFORE =
  /(?<=\b(?:the|a|his|her|their|its|our|your|my|political|free|good|ill|own|popular|divine|last|general|strong|weak)\s+)/iy;
const NOUN_WILL_AFTER = /\s*(?:of\b|[,.;:!?)”"]|$)/y;
const DETERMINER_BEFORE =
  /(?<=\b(?:a|an|the|any|its|their|his|her|our|your|this|that|these|those|some|every|each|no)\s+)/iy;
const BE_BEFORE =
  /(?<=\b(?:is|are|was|were|be|been|being|seems?|appears?|looks?|remains?|it['’]s)\s+(?:\p{L}+\s+)?)/iuy;
const EXPECTED_NOT_A_CUE_BEFORE = /(?<=\b(?:as|than|was|were|had been|the|an?|its|their)\s+)/iy;
const EMBEDDED_QUESTION_BEFORE =
  /(?<=\b(?:over|about|of|on|as to|regarding)\s+(?:who|what|which|whether|how|where)\s+)/iy;
const TITLE_INTRODUCER_BEFORE = /(?<=\b(?:entitled|titled|called|headlined|dubbed|named)\s*(?:,\s*)?)/iy;
const CONCESSIVE_START = /^\s*(while|although|though|even though|whereas)\b/i;
// "announced ... that he would unify": a past intention reported as history, not someone's forecast.
const REPORTED_INTENTION_WORDS = "announced|declared|pledged|promised|vowed|decided|agreed|threatened";
const REPORTED_INTENTION = new RegExp(`\\b(?:${REPORTED_INTENTION_WORDS})\\b`, "i");
const REPORTED_INTENTION_ENDING_HERE = new RegExp(`(?<=\\b(?:${REPORTED_INTENTION_WORDS}))`, "iy");
const PRAYER_AFTER = /\s+(God|Allah|the Lord)\b/iy;
// Deontic "should" (advice, duty) has a person as subject: "we should invest", "Interests in Hawaii should monitor".
// The predictive "should" of forecasts has an impersonal one: "the low should move east".
const PERSONAL_SUBJECT_BEFORE =
  /(?<=\b(?:I|we|you|they|he|she|one|everyone|anyone|people|interests(?:\s+in\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)?|residents|readers|citizens|Americans|officials|policymakers|governments?|Congress|leaders)\s+(?:\p{L}+ly\s+)?)/iuy;
// "should have known", "should be noted": a past obligation or a reader's note.
// "Should not" is left out too: the table has no negated "should", and it reads as duty as often as forecast.
const SHOULD_NOT_PREDICTIVE_AFTER =
  /\s+(?:not\b|n['’]t\b|(?:not\s+)?have\s+\p{L}+|be\s+(?:noted|stressed|emphasi[sz]ed|remembered|recalled|mentioned|pointed out|clear|made clear))\b/iuy;
// "This may be due to …", "could reflect …": an explanation of what happened, not a forecast.
const EXPLANATION_AFTER =
  /\s+(?:also\s+|partly\s+|in part\s+)?(?:be\s+(?:due|owing|attributable)\s+to|be\s+because|be\s+explained|reflect|explain)\b/iuy;
// A bare "will" whose verb is a deliberate act of the subject announces a plan, a schedule or a pledge ("the
// Committee will add to its holdings", "she will sign the bill"): not a forecast unless a hedge says how likely.
// "Nobody will sign the truce": a denial of what others will do is a forecast, not the subject's own plan.
const DENYING_SUBJECT_BEFORE = /(?<=\b(?:nobody|no one|none|neither|no\s+\p{L}+)\s+(?:\p{L}+\s+)?)/iuy;
const INTENTION_VERB_AFTER = new RegExp(
  "\\s+(?:also\\s+|closely\\s+|carefully\\s+|then\\s+|now\\s+|soon\\s+|again\\s+|as always,?\\s+|continue\\s+to\\s+)?" +
    "(?:add|purchase|buy|sell|monitor|consider|assess|evaluate|review|take|resume|hold|meet|sign|announce|publish|" +
    "release|vote|visit|attend|host|introduce|submit|present|launch|begin|start|end|head|travel|seek|work|keep|" +
    "continue\\s+(?:its|their|our|his|her|\\p{L}+ing\\b)|maintain\\s+(?:its|their|our)|provide|issue|convene|testify|" +
    "speak|address|deliver|open|close|unveil|propose|appoint|nominate|push|fight|do\\s+(?:everything|whatever|all))\\b",
  "iuy",
);
const DIGIT_AFTER = /\s+\d/y;

/** Whether the sticky `pattern` matches at `at` in `text` (a lookbehind-only pattern: whether text before `at` ends
 * with what it describes). */
function holdsAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

function phrasePattern(phrase: string): RegExp {
  const words = phrase.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])${words.join("\\s+")}(?![\\p{L}\\p{N}-])`, "iuy");
}

/**
 * The letters a table phrase must start with: the run of letters that opens its first word ("won" for "won't").
 * A phrase can only match where the text's maximal run of letters folds to this.
 */
function leadingLetters(phrase: string): string {
  const lead = /^\p{L}+/u.exec(phrase)?.[0];
  if (!lead) throw new Error(`estimative phrase "${phrase}" does not start with a letter`);
  return foldCase(lead);
}

/**
 * Case folding as the `iu` flags apply it to the table's ASCII letters: lower case, plus the two non-ASCII letters
 * whose simple case folding is an ASCII letter (U+017F long s; U+212A Kelvin sign already lower-cases to "k").
 */
function foldCase(letters: string): string {
  const lower = letters.toLowerCase();
  return lower.includes("\u017f") ? lower.replace(/\u017f/g, "s") : lower;
}

type TablePhrase = { phrase: string; order: number; pattern: RegExp };

const PHRASES: readonly TablePhrase[] = ESTIMATIVE_WORDS.map((word, order) => ({
  phrase: word.phrase.toLowerCase(),
  order,
  pattern: phrasePattern(word.phrase),
}));

/** Table phrases by the letters they start with, so a sentence is read once instead of once per phrase. */
const PHRASES_BY_LEAD: ReadonlyMap<string, readonly TablePhrase[]> = (() => {
  const map = new Map<string, TablePhrase[]>();
  for (const entry of PHRASES) {
    const key = leadingLetters(entry.phrase);
    map.set(key, [...(map.get(key) ?? []), entry]);
  }
  return map;
})();

/**
 * Where a table phrase may start: one of the leading letter runs, whole (no letter on either side) and not after a
 * digit, quote mark or hyphen. A single scan of the sentence; each hit is then checked against the phrases that
 * start with those letters.
 */
const PHRASE_LEADS = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${[...PHRASES_BY_LEAD.keys()].sort((a, b) => b.length - a.length).join("|")})(?!\\p{L})`,
  "giu",
);

// "Neither scenario is imminent": the table's "not imminent" with the negator moved to the front.
const NEITHER_IMMINENT = /\b(neither|nor)\b[^,.;]{0,60}?\b(is|are|seems?)\s+imminent\b/giu;

/** Spans of quoted text in the sentence ("…" or “…”), in order and disjoint. */
function quoteSpans(sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open = -1;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (open < 0 && (ch === "“" || ch === '"')) open = i;
    else if (open >= 0 && (ch === "”" || ch === '"')) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return spans;
}

/**
 * What rejectionReason needs to know about a whole sentence, computed at most once per sentence however many
 * phrases it holds (each on first use).
 */
class SentenceFacts {
  readonly sentence: string;
  private allCapsValue?: boolean;
  private concessiveComma?: number | null;
  private quotes?: { start: number; end: number }[];
  private titledQuotes = new Map<number, boolean>();
  private reportedIntentionEnd?: number;

  constructor(sentence: string) {
    this.sentence = sentence;
  }

  get allCaps(): boolean {
    this.allCapsValue ??= !/\p{Ll}/u.test(this.sentence);
    return this.allCapsValue;
  }

  /** Where the concessive clause of "While X, Y" ends (its first comma, -1 if none); null if it has none. */
  get concessionComma(): number | null {
    if (this.concessiveComma === undefined) {
      this.concessiveComma = CONCESSIVE_START.test(this.sentence) ? this.sentence.indexOf(",") : null;
    }
    return this.concessiveComma;
  }

  /** True when `start` lies inside a quotation that a word such as "entitled" introduces. */
  insideQuotedTitle(start: number): boolean {
    this.quotes ??= quoteSpans(this.sentence);
    const spans = this.quotes;
    let lo = 0;
    let hi = spans.length - 1;
    let index = -1; // the last span opening before `start`
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start < start) {
        index = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const span = spans[index];
    if (!span || start >= span.end) return false;
    let titled = this.titledQuotes.get(index);
    if (titled === undefined) {
      titled = holdsAt(TITLE_INTRODUCER_BEFORE, this.sentence, span.start);
      this.titledQuotes.set(index, titled);
    }
    return titled;
  }

  /** Whether one of the reporting verbs of REPORTED_INTENTION occurs in sentence.slice(0, end). */
  reportedIntentionBefore(end: number): boolean {
    if (this.reportedIntentionEnd === undefined) {
      const first = REPORTED_INTENTION.exec(this.sentence);
      this.reportedIntentionEnd = first ? first.index + first[0].length : Infinity;
    }
    // The first occurrence ends first; one ending exactly at `end` counts even if a word character follows it.
    return this.reportedIntentionEnd <= end || holdsAt(REPORTED_INTENTION_ENDING_HERE, this.sentence, end);
  }
}

const WEAK_MODAL_PHRASES = new Set(["may", "might", "could"]);

type PhraseKind = { firstWord: string; modal: boolean; would: boolean };

function phraseKind(phrase: string): PhraseKind {
  return {
    firstWord: phrase.split(" ")[0]!,
    modal: /^(will|would|may|might|could)( not)?$/.test(phrase) && phrase !== "will",
    would: /^would( not)?$/.test(phrase),
  };
}

/** What reasonIn asks of a phrase, worked out once per table phrase rather than once per match. */
const PHRASE_KINDS: ReadonlyMap<string, PhraseKind> = new Map(
  [...PHRASES.map((entry) => entry.phrase), "not imminent"].map((phrase) => [phrase, phraseKind(phrase)]),
);

function reasonIn(facts: SentenceFacts, match: CueMatch): string | undefined {
  const { sentence } = facts;
  const kind = PHRASE_KINDS.get(match.phrase) ?? phraseKind(match.phrase);
  const { firstWord } = kind;
  if (firstWord === "may" && !facts.allCaps) {
    // A modal is lower case mid-sentence; "May God …"
    if (sentence.startsWith("May", match.start)) return "month or optative";
    if (holdsAt(PRAYER_AFTER, sentence, match.end)) return "prayer";
    if (holdsAt(DIGIT_AFTER, sentence, match.end)) return "month";
  }
  if (firstWord === "will" && sentence.startsWith("Will", match.start) && !facts.allCaps) return "question or name";
  if (
    match.phrase === "will" &&
    (holdsAt(NOUN_WILL_BEFORE, sentence, match.start) || holdsAt(NOUN_WILL_AFTER, sentence, match.end))
  ) {
    return "noun";
  }
  if (kind.modal && holdsAt(PAST_MODAL_AFTER, sentence, match.end)) return "past modal";
  if (match.phrase === "should") {
    if (holdsAt(PERSONAL_SUBJECT_BEFORE, sentence, match.start)) return "deontic should";
    if (holdsAt(SHOULD_NOT_PREDICTIVE_AFTER, sentence, match.end)) return "past or note";
    if (/^should\b/i.test(sentence.trimStart()) && sentence.trimStart().length === sentence.length - match.start) {
      return "conditional inversion";
    }
  }
  if (WEAK_MODAL_PHRASES.has(match.phrase) && holdsAt(EXPLANATION_AFTER, sentence, match.end)) return "explanation";
  if (
    match.phrase === "will" &&
    holdsAt(INTENTION_VERB_AFTER, sentence, match.end) &&
    !holdsAt(DENYING_SUBJECT_BEFORE, sentence, match.start)
  ) {
    return "intention or schedule";
  }
  if (ADJECTIVE_CUES.has(match.phrase) && holdsAt(DETERMINER_BEFORE, sentence, match.start)) return "attributive";
  if (match.phrase === "certain" && !holdsAt(BE_BEFORE, sentence, match.start)) return "attributive";
  if (match.phrase === "expected" && holdsAt(EXPECTED_NOT_A_CUE_BEFORE, sentence, match.start)) {
    return "past or comparative";
  }
  if (BARE_MODALS.has(match.phrase) && holdsAt(EMBEDDED_QUESTION_BEFORE, sentence, match.start)) {
    return "embedded question";
  }
  if (kind.would && facts.reportedIntentionBefore(match.start)) return "reported intention";
  if (facts.insideQuotedTitle(match.start)) return "quoted title";
  const comma = facts.concessionComma;
  if (comma !== null && comma > match.start) return "concession";
  return undefined;
}

/** Why a table phrase found in a sentence is not an estimate there, or undefined when it is one. */
export function rejectionReason(sentence: string, match: CueMatch): string | undefined {
  return reasonIn(new SentenceFacts(sentence), match);
}

/**
 * Every table phrase in the sentence, overlapping ones included, before any judgement: in table order, each
 * phrase's matches left to right. One pass over the sentence's words: each run of letters is looked up among the
 * phrases that start with it, and only those are tried there.
 */
export function findTablePhrases(sentence: string): CueMatch[] {
  const found: { match: CueMatch; order: number }[] = [];
  PHRASE_LEADS.lastIndex = 0;
  for (let lead = PHRASE_LEADS.exec(sentence); lead; lead = PHRASE_LEADS.exec(sentence)) {
    const at = lead.index;
    for (const { phrase, order, pattern } of PHRASES_BY_LEAD.get(foldCase(lead[0])) ?? []) {
      pattern.lastIndex = at;
      const m = pattern.exec(sentence);
      if (m) found.push({ match: { phrase, start: at, end: at + m[0].length }, order });
    }
  }
  // Found left to right; the stable sort puts them in table order, each phrase's matches still left to right.
  const out = found.sort((a, b) => a.order - b.order).map((f) => f.match);
  NEITHER_IMMINENT.lastIndex = 0;
  for (let m = NEITHER_IMMINENT.exec(sentence); m; m = NEITHER_IMMINENT.exec(sentence)) {
    out.push({ phrase: "not imminent", start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The cues of a sentence that read as estimates, in text order, the longest phrase winning where they overlap. */
export function findCues(sentence: string): CueMatch[] {
  const facts = new SentenceFacts(sentence);
  const valid = findTablePhrases(sentence).filter((match) => reasonIn(facts, match) === undefined);
  if (valid.length <= 1) return valid;
  const bySize = [...valid].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept cues never overlap, so marking their characters and reading the marks costs the total length of the
  // matches (each character lies in at most one match per table phrase), not matches × kept.
  const taken = new Uint8Array(sentence.length);
  const kept: CueMatch[] = [];
  for (const match of bySize) {
    let free = true;
    for (let i = match.start; free && i < match.end; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, match.start, match.end);
    kept.push(match);
  }
  kept.sort((a, b) => a.start - b.start);
  // "would be possible", "would be easier": the hedge is in the adjective; the modal only carries the mood.
  return kept.filter((match, i) => {
    if (!BARE_MODALS.has(match.phrase)) return true;
    const next = kept[i + 1];
    if (!next) return true;
    const gap = sentence.slice(match.end, next.start);
    return !(/^[\s\p{L}'’-]*$/u.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 2);
  });
}

const WEAK_MODALS = new Set(["may", "might", "could"]);

/**
 * The cue that carries the sentence's forecast: the first one, except that a weak modal conceded before ", but"
 * gives way to the cue after it ("may be harder to sell …, but would likely be more devastating"), and a cue after
 * ", nor" wins over the one it extends.
 */
export function selectCue(sentence: string, cues: readonly CueMatch[]): CueMatch | undefined {
  const chosen = selectFirstCue(sentence, cues);
  return chosen && yieldsToNext(sentence, cues, chosen);
}

// A reporting cue ("expects", "we project that") carries a hedge stated in its own complement ("we project that
// … could occur"); a predictive "should" gives way to a table phrase right after it ("should be laid aside").
const YIELDING_CUES = new Set(["should", "expects", "project that"]);

function yieldsToNext(sentence: string, cues: readonly CueMatch[], chosen: CueMatch): CueMatch {
  if (!YIELDING_CUES.has(chosen.phrase)) return chosen;
  const next = cues.find((cue) => cue.start >= chosen.end);
  if (!next || next.phrase === chosen.phrase) return chosen;
  const gap = sentence.slice(chosen.end, next.start);
  if (chosen.phrase === "should") return /[,;:]/.test(gap) || gap.split(/\s+/).length > 4 ? chosen : next;
  return /[;:]/.test(gap) ? chosen : next;
}

function selectFirstCue(sentence: string, cues: readonly CueMatch[]): CueMatch | undefined {
  const first = cues[0];
  if (!first) return first;
  // "Neither scenario is imminent, nor are there any prospects … in the future": the "nor" clause widens the
  // denial to every horizon, so it carries the sentence.
  const nor = /[,;]\s*nor\b/i.exec(sentence.slice(first.end));
  if (nor) {
    const widened = cues.find((cue) => cue.start >= first.end + nor.index);
    if (widened) return widened;
  }
  if (!WEAK_MODALS.has(first.phrase)) return first;
  const but = /[,;]\s*but\b/i.exec(sentence.slice(first.end));
  if (!but) return first;
  const pivot = first.end + but.index;
  return cues.find((cue) => cue.start > pivot) ?? first;
}
