// Sentence splitting with offsets into the original text. Rule-based on purpose: the input is edited prose, and a
// model would make the offsets (which the workbench stores as citations) depend on a download.

export type Span = { start: number; end: number };

export type Sentence = Span & {
  text: string;
  /** Index of the paragraph (block) the sentence belongs to; quotes and pronouns do not cross paragraphs. */
  paragraph: number;
  /** A short block with no closing punctuation: a title, section heading or byline. */
  heading: boolean;
};

// Lower-case tokens that take a full stop without ending the sentence. "etc." is left out: it usually does end one.
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "cmdr",
  "adm",
  "gov",
  "sen",
  "rep",
  "rev",
  "hon",
  "pres",
  "vs",
  "v",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "nos",
  "vol",
  "fig",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "univ",
  "approx",
  "est",
  "e.g",
  "i.e",
  "cf",
  "al",
  "ca",
  "pp",
  "ed",
  "eds",
]);

// After an acronym such as "U.S." a capitalised word is usually a name ("U.S. Army"); only these words are taken as
// the start of a new sentence.
const SENTENCE_STARTERS = new Set(
  "the a an it its this that these those but and however in on at he she they we i there his her their yet so".split(
    " ",
  ),
);

const CLOSERS = new Set(["”", '"', "’", "'", ")", "]", "»"]);
const OPENERS = /[\p{Lu}\p{N}“"‘'(\[«…]/u;

/**
 * Longest sentence the splitter returns, in characters. Edited prose stays far below it (the longest sentence of the
 * source articles is 436 characters); a longer run without a sentence end (hostile input, a table flattened into one
 * line, text with no punctuation at all) is cut into pieces of at most this length at the last clause or word
 * boundary, so that every later step works on bounded sentences and extraction stays linear in the text's length.
 */
export const MAX_SENTENCE_CHARS = 1000;

/** A forced cut looks for a boundary in the last half of the allowed length, so every piece has at least this many. */
const MIN_FORCED_PIECE_CHARS = MAX_SENTENCE_CHARS / 2;

/** A line long enough to have been wrapped, with no closing punctuation. */
function isCutMidSentence(line: string): boolean {
  return line.length >= 50 && !/[.!?:;"”’)\]…]$/.test(line);
}

/** Paragraph blocks: hard breaks at blank lines and at line ends, except soft-wrapped prose lines. */
export function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length) {
      blocks.push({ start, end: i });
      break;
    }
    if (text[i] === "\n") {
      // A hard-wrapped paragraph: a long line cut mid-sentence, continued in lower case on the next line.
      const soft = /\p{Ll}/u.test(text.slice(i + 1, i + 2)) && isCutMidSentence(text.slice(lineStart, i).trim());
      if (!soft) {
        blocks.push({ start, end: i });
        start = i + 1;
      }
      lineStart = i + 1;
    }
  }
  return blocks.filter((block) => /\S/.test(text.slice(block.start, block.end)));
}

function tokenBefore(text: string, dot: number, blockStart: number): string {
  let j = dot - 1;
  while (j >= blockStart && !/\s/.test(text[j]!)) j--;
  return text
    .slice(j + 1, dot)
    .replace(/^[“"‘'(\[]+/, "")
    .toLowerCase();
}

const WORD_AT = /[\p{L}]+/uy;

function wordAfter(text: string, from: number): string {
  WORD_AT.lastIndex = from;
  const match = WORD_AT.exec(text);
  return match ? match[0].toLowerCase() : "";
}

function isBoundary(text: string, at: number, terminatorEnd: number, next: number, blockStart: number): boolean {
  if (!OPENERS.test(text[next]!)) return false;
  if (text[at] !== ".") return true;
  if (terminatorEnd - at > 1) return true; // "..." is an ellipsis, not an abbreviation
  const token = tokenBefore(text, at, blockStart);
  if (ABBREVIATIONS.has(token)) return false;
  if (/^\p{L}$/u.test(token)) return false; // an initial: "Elijah J. Magnier"
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) return SENTENCE_STARTERS.has(wordAfter(text, next)); // "U.S."
  return true;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CUT_AFTER_SENTENCE = new Set([".", "!", "?", "…"]);
const CUT_AFTER_CLAUSE = new Set([";", ":", ",", "—", "–"]);

/**
 * Where to cut a run that is too long for one sentence, given that it starts at `from` and the piece may end at
 * `limit` at the latest: at the last whitespace in the second half of the window that follows a full stop (or other
 * terminator, with its closing quotes), else one that follows a clause mark, else any whitespace, else (one endless
 * token) at `limit` itself, never between the two halves of a surrogate pair. Looks at most MAX_SENTENCE_CHARS / 2
 * characters, and each piece is at least that long, so cutting a run costs time linear in its length.
 */
function forcedCut(text: string, from: number, limit: number): number {
  let clause = -1;
  let word = -1;
  for (let p = limit; p > from + MIN_FORCED_PIECE_CHARS; p--) {
    if (!/\s/.test(text[p]!) || /\s/.test(text[p - 1]!)) continue;
    let q = p - 1;
    while (q > from && CLOSERS.has(text[q]!)) q--;
    if (CUT_AFTER_SENTENCE.has(text[q]!)) return p;
    if (clause < 0 && CUT_AFTER_CLAUSE.has(text[q]!)) clause = p;
    if (word < 0) word = p;
  }
  if (clause >= 0) return clause;
  if (word >= 0) return word;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The span, cut into trimmed pieces of at most MAX_SENTENCE_CHARS (see forcedCut). */
function capLength(text: string, span: Span, out: Span[]): void {
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    const cut = forcedCut(text, start, start + MAX_SENTENCE_CHARS);
    out.push(trimSpan(text, start, cut));
    start = cut;
  }
  out.push(trimSpan(text, start, span.end));
}

/** Sentences of one block [blockStart, blockEnd) of the text, none longer than MAX_SENTENCE_CHARS. */
function splitBlock(text: string, blockStart: number, blockEnd: number): Span[] {
  const spans: Span[] = [];
  let start = blockStart;
  // Whether [start, scanned) holds a letter or digit: extended as `i` moves, so no character is tested twice.
  let scanned = blockStart;
  let hasWords = false;
  let i = blockStart;
  while (i < blockEnd) {
    const ch = text[i]!;
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i;
      while (j < blockEnd && /[.!?…]/.test(text[j]!)) j++;
      const terminatorEnd = j;
      while (j < blockEnd && CLOSERS.has(text[j]!)) j++;
      // A terminator before any word (a leading "…") opens the sentence rather than closing it.
      while (!hasWords && scanned < i) {
        const code = text.codePointAt(scanned)!;
        hasWords = LETTER_OR_DIGIT.test(String.fromCodePoint(code));
        scanned += code > 0xffff ? 2 : 1;
      }
      if (hasWords && (j === blockEnd || /\s/.test(text[j]!))) {
        let k = j;
        while (k < blockEnd && /\s/.test(text[k]!)) k++;
        if (k === blockEnd || isBoundary(text, i, terminatorEnd, k, blockStart)) {
          capLength(text, { start, end: j }, spans);
          start = k;
          scanned = k;
          hasWords = false;
          i = k;
          continue;
        }
      }
      i = Math.max(j, i + 1);
      continue;
    }
    i++;
  }
  if (start < blockEnd) capLength(text, { start, end: blockEnd }, spans);
  return spans.filter((span) => span.end > span.start);
}

const SPACES = /\s+/g;

/** Whether a trimmed sentence has at most `max` words, as `sentence.split(/\s+/).length <= max`, reading no further. */
function wordsAtMost(sentence: string, max: number): boolean {
  let words = 1;
  SPACES.lastIndex = 0;
  while (SPACES.exec(sentence)) if (++words > max) return false;
  return true;
}

/** Sentences of the text, with [start, end) offsets such that text.slice(start, end) === sentence.text. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  splitBlocks(text).forEach((block, paragraph) => {
    const spans = splitBlock(text, block.start, block.end);
    for (const span of spans) {
      const sentence = text.slice(span.start, span.end);
      const heading = spans.length === 1 && !/[.!?…][”"’')\]]*$/.test(sentence) && wordsAtMost(sentence, 15);
      out.push({ start: span.start, end: span.end, text: sentence, paragraph, heading });
    }
  });
  return out;
}
