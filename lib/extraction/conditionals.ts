// Conditional forecasts: the condition is what the author makes the forecast hang on, the consequent the forecast
// itself. Only conditions stated in the sentence are found; implicit ones ("With Baghdadi removed, …") are not.

export type Conditional = { condition: string; consequent: string };

// Discourse openers that belong to neither part.
const OPENER = /^(?:(?:but|and|so|yet|however|therefore|thus|still|then|also)\s*,?\s+)*/i;
const LEADING_PUNCTUATION = /^[\s“"‘'…([]+/;
const TRAILING = /[\s.,;:!?…”"’')\]]+$/;
// A reporting tail after a closing quote: `…,” he said.`
const REPORTING_TAIL =
  /[,.]?\s*[”"]\s*,?\s*(he|she|they|it|[\p{Lu}][\p{L}’'-]+)\s+(said|added|says|told [\p{L} -]+|noted|warned)\.?$/u;

const LEADING_KEYWORD =
  /^(even if|only if|if|unless|when|once|insofar as|as long as|so long as|provided that|provided|should)\s+/i;
const TRAILING_KEYWORD =
  /,?\s*\b(?:especially|particularly|only|even|but only)?\s*\b(if|unless|provided that|as long as|so long as|depending on|insofar as)\s+/gi;

function clean(part: string): string {
  return part.replace(LEADING_PUNCTUATION, "").replace(OPENER, "").replace(TRAILING, "").trim();
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
  const body = sentence.replace(REPORTING_TAIL, "");
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
  TRAILING_KEYWORD.lastIndex = 0;
  for (let m = TRAILING_KEYWORD.exec(body); m; m = TRAILING_KEYWORD.exec(body)) {
    if (cueStart !== undefined && m.index < cueStart) continue;
    const rest = body.slice(m.index + m[0].length);
    const comma = topLevelComma(rest);
    const condition = clean(comma >= 0 ? rest.slice(0, comma) : rest);
    const consequent = clean(body.slice(0, m.index));
    if (condition && consequent) {
      return { condition: m[1]!.toLowerCase() === "unless" ? `unless ${condition}` : condition, consequent };
    }
  }
  return undefined;
}
