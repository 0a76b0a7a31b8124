// The event a forecast sentence is about, phrased as a "Will …?" question. The hedge ("is unlikely", "may", "we
// expect that") is the author's probability, not part of the event: "A truce between ISIS and al-Qaeda is unlikely"
// asks "Will a truce between ISIS and al-Qaeda come about …?", and "unlikely" becomes the implied probability.

const REPORT_FRAME =
  /^(?:[^,;:]*?\b(?:expects?|anticipates?|assess(?:es)?|judges?|believes?|thinks?|projects?|predicts?|forecasts?|estimates?|says?|said|warns?|argues?)\s+that\s+)/i;
const IMPERSONAL_FRAME =
  /^(?:it\s+(?:is|seems|appears|remains)\s+(?:\p{L}+\s+)?(?:likely|unlikely|possible|probable|expected|certain|doubtful|not impossible|clear)|there\s+is\s+(?:no|little)\s+doubt|(?:there\s+is|we\s+see|they\s+see)\s+(?:a|an|some|little|no)\s+[^,;]{0,40}?\b(?:chance|probability|likelihood|possibility|risk|prospect)|the\s+(?:odds|chances)\s+are\s+[^,;]{0,30}?|it\s+cannot\s+be\s+(?:excluded|ruled out)(?:,\s*\p{L}+,)?)\s+that\s+/iu;
const PREDICATE_HEDGE =
  /^(.+?)\s+(?:is|are|seems|appears|looks|remains)\s+(?:(?:\p{L}+ly|soon|now|still|also|widely)\s+)*(?:(?:not\s+)?(?:likely|unlikely|possible|probable|imminent|expected|impossible|certain)|out of the question|not in the cards)\b[^,;]*$/iu;
const TO_FRAME =
  /^(.+?)\s+(?:is|are)\s+(?:\p{L}+ly\s+)?(?:not\s+)?(?:expected|likely|unlikely|projected|forecast|set|poised|due|going|on track)\s+to\s+(.+)$/iu;
const MODAL =
  /^(.+?)\s+(?:will|would|may|might|could|should|can|won['’]t|cannot)\s+(?:(?:not|never|likely|probably|possibly|almost certainly|definitely|well|also|still|soon|eventually)\s+)*(.+)$/iu;
const TRAILING_TIME =
  /\s+(?:(?:by|before|until|in|within)\s+(?:the\s+(?:end|middle)\s+of\s+)?(?:(?:mid-?)?(?:19|20)\d{2}|(?:early|late)\s+(?:19|20)\d{2}|\p{Lu}\p{Ll}+\s+(?:19|20)\d{2}|next\s+(?:week|month|year)|this\s+year|the\s+(?:coming|next(?:\s+few)?)\s+\p{L}+|(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?))|\s+soon|\s+shortly)$/iu;
// Who said it is the excerpt's attribution, not part of the event: ", according to several officials".
const TRAILING_ATTRIBUTION =
  /,\s*(?:according\s+to\s+[^,;]+|(?:\p{L}+\s+){0,3}(?:said|say|says|told\s+[^,;]+|believes?|argued?|argues))$/iu;
const COMMON_START = /^(?:The|A|An|This|That|These|Those|Its|Their|Such|Any|Some|Both|Each|Every|No)\b/;
// A capitalised first word that is probably a common word, not a name: a determiner, or a word with an ending names
// rarely have ("Inflation", "Regional"). A guess; the user edits the draft before publishing it.
const COMMON_ENDING =
  /^\p{Lu}\p{Ll}+(?:ion|ions|ity|ities|ence|ance|ment|ments|ness|al|ic|ics|ive|ous|ing|ings|ers|ies)\b/u;

function tidy(clause: string): string {
  const text = clause
    .trim()
    .replace(/[.!?]+["”’]?$/, "")
    .replace(/\s+/g, " ");
  return COMMON_START.test(text) || COMMON_ENDING.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function withoutTime(phrase: string): string {
  return phrase.replace(TRAILING_ATTRIBUTION, "").trim().replace(TRAILING_TIME, "").trim();
}

/** "Will <event>": the question's body without its horizon or question mark, or undefined if no event is found. */
export function eventQuestion(clause: string): string | undefined {
  let text = tidy(clause);
  text = tidy(text.replace(REPORT_FRAME, "").replace(IMPERSONAL_FRAME, ""));
  const framed = TO_FRAME.exec(text);
  if (framed) return `Will ${framed[1]!.trim()} ${withoutTime(framed[2]!)}`;
  const hedged = PREDICATE_HEDGE.exec(text);
  if (hedged) return `Will ${withoutTime(hedged[1]!)} come about`;
  const modal = MODAL.exec(text);
  if (modal) return `Will ${modal[1]!.trim()} ${withoutTime(modal[2]!)}`;
  return undefined;
}
