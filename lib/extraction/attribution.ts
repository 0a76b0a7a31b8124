// Attribution: whose claim a forecast is when it is not the author's. Names are taken as written (a run of
// capitalised words); pronouns ("he said") are resolved by the caller from the sentences before.

export type AttributionHit = { name: string } | { pronoun: true };

const VERBS =
  "said|says|added|adds|believes|believe|believed|warned|warns|told|tells|argued|argues|predicted|predicts|" +
  "expects|expected|thinks|thought|stated|states|claimed|claims|noted|notes|estimated|estimates|forecast|forecasts|" +
  "wrote|writes|suggested|suggests|indicate|indicates|indicated|reported|reports|revealed|reveals|explained|" +
  "explains|insisted|insists|cautioned|cautions|assessed|assesses|concluded|concludes";

// A name: capitalised words, with the lower-case particles names and institutions contain.
const NAME = String.raw`(?:[\p{Lu}][\p{L}’'.-]*|al-[\p{L}’'-]+)(?:\s+(?:(?:of|for|the|and|on|al|bin|ibn|de|la)\s+)*(?:[\p{Lu}][\p{L}’'.-]*|al-[\p{L}’'-]+))*`;

// "X said", "X, a senior fellow at Y, warned": what follows a name when its bearer is the speaker.
const SPEAKER_TAIL = String.raw`(?:,\s+[^,]{3,80},)?\s+(?:also\s+)?(?:${VERBS})\b`;
// Sticky forms, read at a given position: see namedSpeakers.
const NAME_AT = new RegExp(NAME, "uy");
const SPEAKER_TAIL_AT = new RegExp(SPEAKER_TAIL, "uy");
// A delimiter the pattern accepts before a name, followed by a name's first letters.
const NAME_OPENING = /[\s,;:(“"](?=\p{Lu}|al-)/gu;
const ACCORDING_TO = /\baccording to\s+(?:the\s+)?([^,.;:()]+)/iu;
const GENERIC_SOURCES =
  /\b((?:several|some|many|multiple|recent|other)\s+(?:reports|analysts|experts|sources|officials|observers|studies))\s+(?:indicate|suggest|say|said|believe|warn|warned|expect|predict)\b/i;
const PRONOUN_SPEAKER = new RegExp(String.raw`\b(he|she|they)\s+(?:also\s+)?(?:${VERBS})\b`, "i");

// Capitalised words that start sentences or stand for the text itself, never a speaker.
const NOT_NAMES = new Set([
  "this",
  "that",
  "these",
  "those",
  "it",
  "he",
  "she",
  "they",
  "we",
  "i",
  "there",
  "also",
  "but",
  "and",
  "so",
  "yet",
  "however",
  "the",
  "a",
  "an",
  "in",
  "as",
]);

const LEADING_CONNECTIVE = /^(the|also|but|and|however|yet|so)\s+/i;
// A lower-case word that may trail a name ("Reuters that …"); "al-" and "el-" open names.
const TRAILING_LOWER_WORD = /^(?!al-|el-)\p{Ll}[\p{L}’'-]*$/u;
const SPACE = /\s/;

/**
 * `raw` without its trailing run of lower-case words ("according to Reuters that the talks": "Reuters that the
 * talks" → "Reuters"). Reads the words backwards once; the pattern it replaces, `(\s+\p{Ll}…)+\s*$`, retried a long
 * lower-case run from each of its words: quadratic.
 */
function withoutTrailingLowerWords(raw: string): string {
  let tokenEnd = raw.length;
  while (tokenEnd > 0 && SPACE.test(raw[tokenEnd - 1]!)) tokenEnd--;
  let cut = -1;
  while (tokenEnd > 0) {
    let tokenStart = tokenEnd;
    while (tokenStart > 0 && !SPACE.test(raw[tokenStart - 1]!)) tokenStart--;
    if (tokenStart === 0 || !TRAILING_LOWER_WORD.test(raw.slice(tokenStart, tokenEnd))) break;
    let spaceStart = tokenStart;
    while (spaceStart > 0 && SPACE.test(raw[spaceStart - 1]!)) spaceStart--;
    cut = spaceStart;
    tokenEnd = spaceStart;
  }
  return cut < 0 ? raw : raw.slice(0, cut);
}

function cleanName(raw: string): string | undefined {
  const name = withoutTrailingLowerWords(raw.replace(LEADING_CONNECTIVE, ""))
    .replace(/[’']s$/, "")
    .trim();
  if (!name || NOT_NAMES.has(name.toLowerCase())) return undefined;
  return name;
}

/**
 * The names followed by a reporting verb ("X said", "X, an analyst at Y, warned"), left to right, as the pattern
 * `(?:^|[\s,;:(“"])(NAME)(?:,\s+[^,]{3,80},)?\s+(?:also\s+)?(?:VERBS)\b` would find them with the `g` flag, in time
 * linear in the sentence. That pattern retries a run of capitalised words from each of its words, each attempt
 * reading to the end of the run: quadratic. Here a run is read once: every start inside it ends where the run ends
 * (a name's words hold no delimiter, and a shorter name can never be followed by a lower-case verb), so when the
 * run's end is not followed by a verb, none of its starts is.
 */
function* namedSpeakers(sentence: string): Generator<{ name: string; start: number }> {
  // Delimiters before this index are passed: inside or at the end of a run that does not precede a verb, or inside
  // the last match (the next match begins after it, as the pattern's lastIndex would have it).
  let minDelimiter = 0;
  const attempt = (start: number): string | undefined => {
    NAME_AT.lastIndex = start;
    const name = NAME_AT.exec(sentence);
    if (!name) return undefined;
    const nameEnd = start + name[0].length;
    SPEAKER_TAIL_AT.lastIndex = nameEnd;
    const tail = SPEAKER_TAIL_AT.exec(sentence);
    minDelimiter = tail ? nameEnd + tail[0].length : nameEnd;
    return tail ? name[0] : undefined;
  };
  const first = attempt(0); // the `^` alternative
  if (first) yield { name: first, start: 0 };
  // Then every delimiter followed by what may open a name, found by one scan.
  NAME_OPENING.lastIndex = minDelimiter;
  for (let m = NAME_OPENING.exec(sentence); m; m = NAME_OPENING.exec(sentence)) {
    if (m.index >= minDelimiter) {
      const name = attempt(m.index + 1);
      if (name) yield { name, start: m.index + 1 };
    }
    NAME_OPENING.lastIndex = Math.max(m.index + 1, minDelimiter);
  }
}

// A name right after a closing quote ("…,” Smith said) reports the quotation: it counts wherever the cue is.
const AFTER_CLOSING_QUOTE = /(?<=[”"]\s*(?:,\s*)?)/y;

/**
 * The speaker a sentence names for its claim: "X said/believes/warned …", "according to X", "several reports
 * indicate", or a pronoun ("…,” he said") for the caller to resolve. Only speakers named before `cueStart` (or in
 * a closing reporting tail) count, so a name mentioned after the forecast does not claim it.
 */
export function findAttribution(sentence: string, cueStart = sentence.length): AttributionHit | undefined {
  const generic = GENERIC_SOURCES.exec(sentence);
  if (generic && generic.index < cueStart) return { name: generic[1]! };
  const according = ACCORDING_TO.exec(sentence);
  if (according) {
    const name = cleanName(according[1]!);
    if (name) return { name };
  }
  for (const { name: raw, start: nameStart } of namedSpeakers(sentence)) {
    const name = cleanName(raw);
    if (!name) continue;
    AFTER_CLOSING_QUOTE.lastIndex = nameStart;
    const inReportingTail = AFTER_CLOSING_QUOTE.test(sentence);
    if (nameStart < cueStart || inReportingTail) return { name };
  }
  if (PRONOUN_SPEAKER.test(sentence)) return { pronoun: true };
  return undefined;
}
