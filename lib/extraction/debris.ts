// Page debris: lines a scraper keeps that are not the author's words (navigation, teasers for other articles,
// photo captions, cookie and paywall notices, bylines, author bios). They are found line by line and reported as
// ranges of the ORIGINAL text, so every later offset still points into the text the user stored.

export type DebrisReason =
  "navigation" | "teaser" | "caption" | "notice" | "byline" | "bio" | "editorial" | "repeated" | "related-tail";

export type DebrisRange = { start: number; end: number; reason: DebrisReason };

type Line = { start: number; end: number; text: string };

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      out.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

// A heading after which the rest of the page is other articles or reader furniture. Mid-article "Related" boxes
// are caught by the teaser prefixes below instead, so the body after them survives.
const TAIL_MARKERS =
  /^(related articles|related stories|related posts|related topics|more from [\w .'’-]{1,40}|recommended for you|you may also like|comments are closed\.?)$/i;

const TEASER_PREFIX =
  /^(related|trending|don['’]t miss|most popular|most read|read more|read also|also read|see also|watch|recommended|sponsored|advertisement)\s*:/i;

const NAVIGATION =
  /^(skip to (main )?content|menu|search|home|share|print|email|log ?in|sign ?in|sign up|or|learn more\.?|continue reading\b.*|subscribe\b.*|published here:.*|comments?( \| comments?)*|advertisement)$/i;

const CAPTION =
  /(\bFILE PHOTO\b|\bREUTERS\/|\/(Reuters|AFP|AP|EPA|Getty Images|Anadolu)\b[^a-z]*$|\bTOPSHOT\b|^A picture taken on\b|\bin this [\w ,]{0,40}\bfile photo\b|\bstill image taken from video\b|^(Photo|Photograph|Image|Credit)\s*:)/i;

// Reader notices are recognised by their vocabulary AND by addressing the reader or quoting a price, because the
// articles themselves mention newsletters and accounts (al-Naba "weekly newsletter").
const NOTICE_WORDS =
  /\b(cookies?|privacy policy|terms and conditions|terms of (use|service)|newsletters?|subscri\w*|sign(ing)? up|log in|account|unlimited access)\b/i;
const NOTICE_ADDRESS = /\b(you|your|our)\b|\$\d/i;
const PRICE = /^\$\d[\d.,]*\s*(monthly|annually|per month|a month|\/month)/i;

// Case-sensitive on purpose: a byline is "By" and capitalised names only, so "By Monday it will be over." is prose.
// At most five names. (Written as `(\p{Lu}[\p{L}.'’-]*\s*){1,5}` it accepted the same lines, but could split one
// long capitalised word into five names in every possible way before failing: "By AAAA…A!" took hours.)
const BYLINE = /^(By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*:?$/u;
const TRANSLATOR = /^(translator|translated by)\b/i;
const STAMP = /^(mon|tue|wed|thu|fri|sat|sun)\w*,? \w{3,9} \d{1,2},? \d{4}\b/i;
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const DATE_ONLY = new RegExp(
  `^((\\d{1,2} (${MONTHS}) \\d{4})|((${MONTHS}) \\d{1,2},? \\d{4})|(\\d{4}-\\d{2}-\\d{2}))\\.?$`,
  "i",
);
const BIO =
  /(\bfollow (him|her|them|us|me) on (twitter|x|facebook|linkedin)\b|^the views expressed in this article\b|^[A-Z][\w’'-]+ [A-Z][\w’'-]+ is an? (senior |non-?resident |visiting )?(fellow|researcher|analyst|correspondent|contributor|journalist|editor|professor)\b)/i;
const EDITORIAL = /^editor['’]s note\s*:/i;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function classify(line: string): DebrisReason | undefined {
  if (TEASER_PREFIX.test(line)) return "teaser";
  if (NAVIGATION.test(line)) return "navigation";
  if (CAPTION.test(line)) return "caption";
  if (PRICE.test(line)) return "notice";
  if (NOTICE_WORDS.test(line) && NOTICE_ADDRESS.test(line) && wordCount(line) <= 40) return "notice";
  if (BYLINE.test(line) || (TRANSLATOR.test(line) && wordCount(line) <= 6) || STAMP.test(line)) return "byline";
  if (DATE_ONLY.test(line)) return "byline";
  if (BIO.test(line)) return "bio";
  if (EDITORIAL.test(line)) return "editorial";
  return undefined;
}

/** Debris ranges of the original text, in order; each covers one whole line (or the tail after a marker). */
export function findDebris(text: string): DebrisRange[] {
  const out: DebrisRange[] = [];
  let previous = "";
  const all = lines(text);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const trimmed = line.text.trim();
    if (!trimmed) continue;
    if (TAIL_MARKERS.test(trimmed)) {
      out.push({ start: line.start, end: text.length, reason: "related-tail" });
      break;
    }
    const reason = trimmed === previous ? "repeated" : classify(trimmed);
    if (reason) out.push({ start: line.start, end: line.end, reason });
    previous = trimmed;
  }
  return out;
}

/** True when [start, end) lies inside one debris range. */
export function isInDebris(ranges: readonly DebrisRange[], start: number, end: number): boolean {
  return ranges.some((range) => start >= range.start && end <= range.end);
}

/** The text with debris blanked out character for character (newlines kept), so offsets are unchanged. */
export function maskDebris(text: string, ranges: readonly DebrisRange[] = findDebris(text)): string {
  const chars = text.split("");
  for (const range of ranges) {
    for (let i = range.start; i < range.end; i++) if (chars[i] !== "\n") chars[i] = " ";
  }
  return chars.join("");
}

/** The text with debris lines dropped: for comparison and display, not for offsets. */
export function removeDebris(text: string): string {
  return maskDebris(text)
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "")
    .join("\n");
}
