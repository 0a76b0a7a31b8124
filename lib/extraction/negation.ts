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

// "does not mean that … will": the negation sits on the matrix verb and reaches into the that-clause.
const MATRIX_NEGATION = /\b(does|do|did|is|are|was)\s+not\s+(mean|imply|follow|suggest|guarantee)\b[^.;]*\bthat\b/i;

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

function withoutParentheses(text: string): string {
  return text.replace(/\([^)]*\)/g, " ");
}

export function detectNegation(sentence: string, cue: CueMatch): NegationResult {
  if (DENIAL_PHRASES.has(cue.phrase)) return { negated: true, phrase: cue.phrase };
  const negatedForm = NEGATED_FORM[cue.phrase];
  if (negatedForm && probabilityForCue(negatedForm) !== undefined) {
    const before = sentence.slice(0, cue.start);
    if (NEGATOR.test(clauseBefore(sentence, cue.start)) || MATRIX_NEGATION.test(before)) {
      return { negated: true, phrase: negatedForm };
    }
  }
  if (!["will", "would", "could", "may", "might"].includes(cue.phrase)) {
    const after = withoutParentheses(sentence.slice(cue.end));
    if (GOVERNED_NEGATION.test(after)) return { negated: true, phrase: cue.phrase };
  }
  return { negated: false, phrase: cue.phrase };
}
