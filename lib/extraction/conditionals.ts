// Conditional forecasts: the condition is what the author makes the forecast hang on, the consequent the forecast
// itself. Only conditions stated in the sentence are found; implicit ones ("With Baghdadi removed, …") are not.

export type Conditional = { condition: string; consequent: string };

// Discourse openers that belong to neither part.
const OPENER = /^(?:(?:but|and|so|yet|however|therefore|thus|still|then|also)\s*,?\s+)*/i;
const LEADING_PUNCTUATION = /^[\s“"‘'…([]+/;
const TRAILING_CHAR = /[\s.,;:!?…”"’')\]]/;
// A reporting tail after a closing quote: `…,” he said.` Read from the sentence's last quote mark (see
// withoutReportingTail), so it is sticky here.
const REPORTING_TAIL_FROM_QUOTE =
  /[”"]\s*(?:,\s*)?(?:he|she|they|it|[\p{Lu}][\p{L}’'-]+)\s+(?:said|added|says|told [\p{L} -]+|noted|warned)\.?$/uy;

const LEADING_KEYWORD =
  /^(even if|only if|if|unless|when|once|insofar as|as long as|so long as|provided that|provided|should)\s+/i;
const CONDITION_KEYWORD = /\b(?:if|unless|provided that|as long as|so long as|depending on|insofar as)\s/i;
// Read at one position at a time (see trailingKeywords). Written without the `\s*(X)?\s*` of a first version,
// which split every run of spaces in two every possible way.
const TRAILING_KEYWORD_AT =
  /,?\s*\b(?:(?:especially|particularly|only|even|but only)\s*\b)?(if|unless|provided that|as long as|so long as|depending on|insofar as)\s+/iy;
const SPACE = /\s/;

/** The part without its trailing spaces, closing quotes and punctuation: one backward pass. */
function withoutTrailing(part: string): string {
  let end = part.length;
  while (end > 0 && TRAILING_CHAR.test(part[end - 1]!)) end--;
  return part.slice(0, end);
}

function clean(part: string): string {
  return withoutTrailing(part.replace(LEADING_PUNCTUATION, "").replace(OPENER, "")).trim();
}

/**
 * The sentence without a closing `…,” he said.`. Nothing in such a tail after its quote mark is a quote mark, so
 * the tail can only start at the sentence's last one (with the comma or full stop and spaces before it): one
 * attempt instead of one per quote mark, each reading to the end.
 */
function withoutReportingTail(sentence: string): string {
  const quote = Math.max(sentence.lastIndexOf("”"), sentence.lastIndexOf('"'));
  if (quote < 0) return sentence;
  REPORTING_TAIL_FROM_QUOTE.lastIndex = quote;
  if (!REPORTING_TAIL_FROM_QUOTE.test(sentence)) return sentence;
  let start = quote;
  while (start > 0 && SPACE.test(sentence[start - 1]!)) start--;
  if (start > 0 && (sentence[start - 1] === "," || sentence[start - 1] === ".")) start--;
  return sentence.slice(0, start);
}

/**
 * The trailing condition keywords of `body` ("…, especially if", " unless", " depending on") left to right, as a
 * global search for `,?\s*\b(?:X\s*\b)?(K)\s+` would return them. A failed attempt at a space is not repeated at
 * the next character unless that is a comma: whatever could match from there could already match from the space
 * (its `\s*` reaches just as far), so a run of spaces costs one attempt, not one per space.
 */
function* trailingKeywords(body: string): Generator<{ index: number; length: number; keyword: string }> {
  if (!CONDITION_KEYWORD.test(body)) return;
  let skip = false;
  for (let at = 0; at < body.length; at++) {
    const space = SPACE.test(body[at]!);
    if (skip && body[at] !== ",") {
      skip = space;
      continue;
    }
    TRAILING_KEYWORD_AT.lastIndex = at;
    const m = TRAILING_KEYWORD_AT.exec(body);
    if (!m) {
      skip = space;
      continue;
    }
    yield { index: at, length: m[0].length, keyword: m[1]! };
    skip = false;
    at += m[0].length - 1;
  }
}

/** Index of the first comma outside brackets and quotes, from `from`. */
function topLevelComma(text: string, from = 0): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth = Math.max(0, depth - 1);
    else if (ch === "“") quoted = true;
    else if (ch === "”") quoted = false;
    else if (ch === "," && depth === 0 && !quoted) return i;
  }
  return -1;
}

/**
 * Splits "If X, Y", "When X, only then Y", "Insofar as X, Y", "Y, especially if X", "Y unless X", "Y depending on
 * X". `cueStart` (offset in the sentence) must fall in the consequent, so a condition that merely contains a modal
 * is not mistaken for the forecast.
 */
export function splitConditional(sentence: string, cueStart?: number): Conditional | undefined {
  const body = withoutReportingTail(sentence);
  const lead = body.replace(LEADING_PUNCTUATION, "");
  const offset = body.length - lead.length;
  const opener = OPENER.exec(lead);
  const afterOpener = lead.slice(opener ? opener[0].length : 0);
  const leadOffset = offset + (lead.length - afterOpener.length);
  const keyword = LEADING_KEYWORD.exec(afterOpener);
  if (keyword) {
    const comma = topLevelComma(afterOpener, keyword[0].length);
    if (comma > 0) {
      const consequentStart = leadOffset + comma + 1;
      if (cueStart === undefined || cueStart >= consequentStart) {
        const keywordText = keyword[1]!.toLowerCase();
        const condition = clean(afterOpener.slice(keyword[0].length, comma));
        const consequent = clean(afterOpener.slice(comma + 1).replace(/^\s*(only then|then)\b,?/i, ""));
        if (condition && consequent) {
          return { condition: keywordText === "unless" ? `unless ${condition}` : condition, consequent };
        }
      }
    }
  }
  for (const m of trailingKeywords(body)) {
    if (cueStart !== undefined && m.index < cueStart) continue;
    const rest = body.slice(m.index + m.length);
    const comma = topLevelComma(rest);
    const condition = clean(comma >= 0 ? rest.slice(0, comma) : rest);
    if (!condition) continue;
    const consequent = clean(body.slice(0, m.index));
    if (consequent) {
      return { condition: m.keyword.toLowerCase() === "unless" ? `unless ${condition}` : condition, consequent };
    }
  }
  return undefined;
}
