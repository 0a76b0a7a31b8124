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

// "could have destroyed", "may have been": a past possibility or a counterfactual, not a forecast.
const PAST_MODAL = new RegExp(`^\\s+(?:not\\s+|never\\s+)?have\\s+(?:${PAST_PARTICIPLES}|\\p{L}+ed)\\b`, "iu");

const NOUN_WILL_BEFORE =
  /\b(the|a|his|her|their|its|our|your|my|political|free|good|ill|own|popular|divine|last|general|strong|weak)\s+$/i;
const NOUN_WILL_AFTER = /^\s*(of\b|[,.;:!?)”"]|$)/;
const DETERMINER_BEFORE = /\b(a|an|the|any|its|their|his|her|our|your|this|that|these|those|some|every|each|no)\s+$/i;
const BE_BEFORE = /\b(is|are|was|were|be|been|being|seems?|appears?|looks?|remains?|it['’]s)\s+(\p{L}+\s+)?$/iu;
const EXPECTED_NOT_A_CUE_BEFORE = /\b(as|than|was|were|had been|the|an?|its|their)\s+$/i;
const EMBEDDED_QUESTION_BEFORE = /\b(over|about|of|on|as to|regarding)\s+(who|what|which|whether|how|where)\s+$/i;
const TITLE_INTRODUCER = /\b(entitled|titled|called|headlined|dubbed|named)\s*,?\s*$/i;
const CONCESSIVE_START = /^\s*(while|although|though|even though|whereas)\b/i;
// "announced ... that he would unify": a past intention reported as history, not someone's forecast.
const REPORTED_INTENTION_BEFORE = /\b(announced|declared|pledged|promised|vowed|decided|agreed|threatened)\b/i;
const PRAYER_AFTER = /^\s+(God|Allah|the Lord)\b/i;

function phrasePattern(phrase: string): RegExp {
  const words = phrase.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])${words.join("\\s+")}(?![\\p{L}\\p{N}-])`, "giu");
}

const PATTERNS: readonly { phrase: string; pattern: RegExp }[] = ESTIMATIVE_WORDS.map((word) => ({
  phrase: word.phrase.toLowerCase(),
  pattern: phrasePattern(word.phrase),
}));

// "Neither scenario is imminent": the table's "not imminent" with the negator moved to the front.
const NEITHER_IMMINENT = /\b(neither|nor)\b[^,.;]{0,60}?\b(is|are|seems?)\s+imminent\b/giu;

/** Spans of quoted text in the sentence ("…" or “…”), with the text before each opening mark. */
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

function insideQuotedTitle(sentence: string, start: number): boolean {
  return quoteSpans(sentence).some(
    (span) => start > span.start && start < span.end && TITLE_INTRODUCER.test(sentence.slice(0, span.start)),
  );
}

function isAllCaps(sentence: string): boolean {
  return !/\p{Ll}/u.test(sentence);
}

/** Why a table phrase found in a sentence is not an estimate there, or undefined when it is one. */
export function rejectionReason(sentence: string, match: CueMatch): string | undefined {
  const found = sentence.slice(match.start, match.end);
  const before = sentence.slice(0, match.start);
  const after = sentence.slice(match.end);
  const firstWord = match.phrase.split(" ")[0]!;
  if (firstWord === "may" && !isAllCaps(sentence)) {
    if (found.startsWith("May")) return "month or optative"; // a modal is lower case mid-sentence; "May God …"
    if (PRAYER_AFTER.test(after)) return "prayer";
    if (/^\s+\d/.test(after)) return "month";
  }
  if (firstWord === "will" && found.startsWith("Will") && !isAllCaps(sentence)) return "question or name";
  if (match.phrase === "will" && (NOUN_WILL_BEFORE.test(before) || NOUN_WILL_AFTER.test(after))) return "noun";
  if (/^(will|would|may|might|could)( not)?$/.test(match.phrase) && match.phrase !== "will") {
    if (PAST_MODAL.test(after)) return "past modal";
  }
  if (ADJECTIVE_CUES.has(match.phrase) && DETERMINER_BEFORE.test(before)) return "attributive";
  if (match.phrase === "certain" && !BE_BEFORE.test(before)) return "attributive";
  if (match.phrase === "expected" && EXPECTED_NOT_A_CUE_BEFORE.test(before)) return "past or comparative";
  if (BARE_MODALS.has(match.phrase) && EMBEDDED_QUESTION_BEFORE.test(before)) return "embedded question";
  if (/^would( not)?$/.test(match.phrase) && REPORTED_INTENTION_BEFORE.test(before)) return "reported intention";
  if (insideQuotedTitle(sentence, match.start)) return "quoted title";
  if (CONCESSIVE_START.test(sentence)) {
    const comma = sentence.indexOf(",");
    if (comma > match.start) return "concession";
  }
  return undefined;
}

/** Every table phrase in the sentence, overlapping ones included, before any judgement. */
export function findTablePhrases(sentence: string): CueMatch[] {
  const out: CueMatch[] = [];
  for (const { phrase, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      out.push({ phrase, start: m.index, end: m.index + m[0].length });
    }
  }
  NEITHER_IMMINENT.lastIndex = 0;
  for (let m = NEITHER_IMMINENT.exec(sentence); m; m = NEITHER_IMMINENT.exec(sentence)) {
    out.push({ phrase: "not imminent", start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The cues of a sentence that read as estimates, in text order, the longest phrase winning where they overlap. */
export function findCues(sentence: string): CueMatch[] {
  const valid = findTablePhrases(sentence).filter((match) => rejectionReason(sentence, match) === undefined);
  const bySize = [...valid].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueMatch[] = [];
  for (const match of bySize) {
    if (!kept.some((k) => match.start < k.end && k.start < match.end)) kept.push(match);
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
