// Negation scope. Follows the convention at the top of estimative-words.ts: a negative framing ("will not", "no …
// will") takes the table's low probability of the event it denies; a positive cue governing a negative clause
// ("no doubt that … will not", "expected … but not a merger") keeps its own probability and is marked negated.

import type { CueMatch } from "./cues";
import { probabilityForCue } from "./estimative-words";

/** Table phrases that deny the event themselves. Hedges ("unlikely", "difficult") and double negatives do not. */
export const DENIAL_PHRASES: ReadonlySet<string> = new Set([
  "will not",
  "won't",
  "will never",
  "would not",
  "could not",
  "may not",
  "might not",
  "not likely",
  "not expected",
  "probably not",
  "almost certainly not",
  "impossible",
  "not imminent",
  "laid to rest",
  "definitively laid to rest",
  "definitively be laid to rest",
  "laid aside",
  "not in the cards",
  "out of the question",
  "nor are there any prospects",
]);

// The negated table phrase for a positive cue whose clause is negated before it ("no new group will be able").
const NEGATED_FORM: Readonly<Record<string, string>> = {
  will: "will not",
  would: "would not",
  could: "could not",
  may: "may not",
  might: "might not",
  expected: "not expected",
  "is expected to": "not expected",
  likely: "not likely",
};

// Words that negate the clause they stand in. "no longer", "not only", "no doubt", "no matter" do not negate the
// forecast that follows them.
const NEGATOR =
  /\b(no(?! longer| doubt| matter)|not(?! only| necessarily)|never|neither|nor|none|nobody|nothing)\b|n['’]t\b/i;

// A clause boundary before the cue: what precedes it belongs to another clause.
const CLAUSE_BOUNDARY =
  /[,;:—–(]|\s-\s|\b(that|which|who|because|since|but|while|although|whereas|when|if|unless|so)\b/gi;

// "does not mean that … will": the negation sits on the matrix verb and reaches into the that-clause. The pattern
// is `MATRIX_NEGATION_HEAD[^.;]*\bthat\b`, tested by hasMatrixNegation without rereading the clause per head.
const MATRIX_NEGATION_HEAD = /\b(?:does|do|did|is|are|was)\s+not\s+(?:mean|imply|follow|suggest|guarantee)\b/gi;
const THAT = /\bthat\b/gi;
const CLAUSE_STOP = /[.;]/g;

// A negative inside the clause a positive cue governs.
const GOVERNED_NEGATION = /\b(will not|won['’]t|would not|will never|cannot|can['’]t|but not|not an?)\b/i;

export type NegationResult = {
  negated: boolean;
  /** The table phrase whose probability applies once negation is taken into account. */
  phrase: string;
};

function clauseBefore(sentence: string, cueStart: number): string {
  const before = sentence.slice(0, cueStart);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BOUNDARY)) cut = m.index + m[0].length;
  return before.slice(cut);
}

/** First match of the global `pattern` at or after `from` in `text`: its index, or Infinity. */
function nextMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : Infinity;
}

/**
 * Whether `text` holds a negated matrix verb followed by "that" in the same stretch without a full stop or
 * semicolon. The next "that" and the next stop are each looked up only when the scan has passed the last ones
 * found, so however many heads the text repeats, it is read a bounded number of times.
 */
function hasMatrixNegation(text: string): boolean {
  let that = -1;
  let stop = -1;
  let failedUntil = -1; // heads ending before this share a stretch already found to hold no "that"
  MATRIX_NEGATION_HEAD.lastIndex = 0;
  for (let head = MATRIX_NEGATION_HEAD.exec(text); head; head = MATRIX_NEGATION_HEAD.exec(text)) {
    const from = head.index + head[0].length;
    if (from < failedUntil) continue;
    if (that < from) that = nextMatch(THAT, text, from);
    if (stop < from) stop = nextMatch(CLAUSE_STOP, text, from);
    if (that < stop) return true;
    failedUntil = stop;
  }
  return false;
}

/** The text with each "(…)" replaced by a space, as `text.replace(/\([^)]*\)/g, " ")`, in one pass. */
function withoutParentheses(text: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("(", from);
    if (open < 0) break;
    const close = text.indexOf(")", open + 1);
    if (close < 0) break; // no later "(" has a ")" either
    out += `${text.slice(from, open)} `;
    from = close + 1;
  }
  return out + text.slice(from);
}

export function detectNegation(sentence: string, cue: CueMatch): NegationResult {
  if (DENIAL_PHRASES.has(cue.phrase)) return { negated: true, phrase: cue.phrase };
  const negatedForm = NEGATED_FORM[cue.phrase];
  if (negatedForm && probabilityForCue(negatedForm) !== undefined) {
    const before = sentence.slice(0, cue.start);
    if (NEGATOR.test(clauseBefore(sentence, cue.start)) || hasMatrixNegation(before)) {
      return { negated: true, phrase: negatedForm };
    }
  }
  if (!["will", "would", "could", "may", "might"].includes(cue.phrase)) {
    const after = withoutParentheses(sentence.slice(cue.end));
    if (GOVERNED_NEGATION.test(after)) return { negated: true, phrase: cue.phrase };
  }
  return { negated: false, phrase: cue.phrase };
}
