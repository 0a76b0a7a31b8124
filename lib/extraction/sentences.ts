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

/** Paragraph blocks: hard breaks at blank lines and at line ends, except soft-wrapped prose lines. */
export function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let start = 0;
  let i = 0;
  while (i <= text.length) {
    if (i === text.length) {
      blocks.push({ start, end: i });
      break;
    }
    if (text[i] === "\n") {
      const line = text.slice(start, i);
      const lastLineStart = line.lastIndexOf("\n") + 1;
      const lastLine = line.slice(lastLineStart).trim();
      const next = text.slice(i + 1, i + 2);
      // A hard-wrapped paragraph: a long line cut mid-sentence, continued in lower case on the next line.
      const soft = lastLine.length >= 50 && !/[.!?:;"”’)\]…]$/.test(lastLine) && /\p{Ll}/u.test(next);
      if (!soft) {
        blocks.push({ start, end: i });
        start = i + 1;
      }
    }
    i++;
  }
  return blocks.filter((block) => text.slice(block.start, block.end).trim() !== "");
}

function tokenBefore(text: string, dot: number, blockStart: number): string {
  let j = dot - 1;
  while (j >= blockStart && !/\s/.test(text[j]!)) j--;
  return text
    .slice(j + 1, dot)
    .replace(/^[“"‘'(\[]+/, "")
    .toLowerCase();
}

function wordAfter(text: string, from: number): string {
  const match = /^[\p{L}]+/u.exec(text.slice(from));
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

/** Sentences of one block [blockStart, blockEnd) of the text. */
function splitBlock(text: string, blockStart: number, blockEnd: number): Span[] {
  const spans: Span[] = [];
  let start = blockStart;
  let i = blockStart;
  while (i < blockEnd) {
    const ch = text[i]!;
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i;
      while (j < blockEnd && /[.!?…]/.test(text[j]!)) j++;
      const terminatorEnd = j;
      while (j < blockEnd && CLOSERS.has(text[j]!)) j++;
      // A terminator before any word (a leading "…") opens the sentence rather than closing it.
      const hasWords = /[\p{L}\p{N}]/u.test(text.slice(start, i));
      if (hasWords && (j === blockEnd || /\s/.test(text[j]!))) {
        let k = j;
        while (k < blockEnd && /\s/.test(text[k]!)) k++;
        if (k === blockEnd || isBoundary(text, i, terminatorEnd, k, blockStart)) {
          spans.push(trimSpan(text, start, j));
          start = k;
          i = k;
          continue;
        }
      }
      i = Math.max(j, i + 1);
      continue;
    }
    i++;
  }
  if (start < blockEnd) spans.push(trimSpan(text, start, blockEnd));
  return spans.filter((span) => span.end > span.start);
}

/** Sentences of the text, with [start, end) offsets such that text.slice(start, end) === sentence.text. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  splitBlocks(text).forEach((block, paragraph) => {
    const spans = splitBlock(text, block.start, block.end);
    for (const span of spans) {
      const sentence = text.slice(span.start, span.end);
      const heading = spans.length === 1 && !/[.!?…][”"’')\]]*$/.test(sentence) && sentence.split(/\s+/).length <= 15;
      out.push({ ...span, text: sentence, paragraph, heading });
    }
  });
  return out;
}
