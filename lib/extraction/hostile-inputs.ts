// Hostile inputs for the extractor's scaling tests and benchmark (lib/extraction/adversarial.test.ts,
// bench/extraction-scaling.bench.ts): texts built to defeat the sentence splitter and to make per-sentence work
// super-linear. Pure and deterministic; each generator returns exactly `length` characters (UTF-16 code units).

/** `unit` repeated and cut to exactly `length` characters. */
export function repeatTo(unit: string, length: number): string {
  if (unit.length === 0) throw new RangeError("repeatTo needs a non-empty unit");
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A small fixed vocabulary of lower-case words, so "prose" without punctuation is not one repeated word. */
const PLAIN_WORDS =
  "the group said that its fighters could move north before winter while others expected a long pause in the " +
  "fighting and some leaders would meet again";

/** Deterministic pseudo-random words (a linear congruential generator), joined by single spaces. */
function wordSalad(vocabulary: readonly string[], length: number, seed: number, separator = " "): string {
  let state = seed >>> 0;
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const word = vocabulary[state % vocabulary.length]!;
    parts.push(word);
    size += word.length + separator.length;
  }
  return parts.join(separator).slice(0, length);
}

export type HostileInput = { name: string; make: (length: number) => string };

/**
 * The hostile shapes, each aimed at one super-linear path of the original extractor:
 * - "is unlikely. " ×N: no sentence ever starts (lower case after the stop), and every repetition is a cue;
 * - long runs of capitalised words (the attribution name regex) and of lower-case ones after "according to";
 * - "a " ×N and one word repeated: a single endless sentence of tiny tokens;
 * - prose with no punctuation at all, 1 MB of it being the API's limit;
 * - cue words repeated back to back, overlapping table phrases ("will not", "would likely", "no doubt");
 * - punctuation and bracket runs (". " ×N, "(" ×N, quotes), whitespace runs, and short debris lines ×N.
 */
export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: '"is unlikely. " repeated', make: (n) => repeatTo("is unlikely. ", n) },
  {
    name: "capitalised words, no punctuation",
    make: (n) => repeatTo("Abu Bakr Al Baghdadi Islamic State Of Iraq ", n),
  },
  { name: '"a " repeated', make: (n) => repeatTo("a ", n) },
  { name: "one word repeated", make: (n) => repeatTo("forecast ", n) },
  { name: "prose without punctuation", make: (n) => wordSalad(PLAIN_WORDS.split(" "), n, 7) },
  {
    name: "cue words repeated",
    make: (n) => repeatTo("will not would likely may might could no doubt is expected to probably not certain ", n),
  },
  { name: "cue words with quotes and commas", make: (n) => repeatTo("“will,” “may,” would, ", n) },
  { name: "according to + lower-case words", make: (n) => `according to ${repeatTo("the analysts ", n - 14)}X` },
  { name: "speaker verbs after names", make: (n) => repeatTo("Smith Jones said it will ", n) },
  { name: '". " repeated', make: (n) => repeatTo(". ", n) },
  { name: "open parentheses and quotes", make: (n) => repeatTo('it will ( " ', n) },
  { name: "whitespace runs between cues", make: (n) => repeatTo(`will${" ".repeat(200)}if${" ".repeat(200)}`, n) },
  { name: "short debris lines", make: (n) => repeatTo("Menu\nShare\nIt will rain.\n", n) },
  { name: "byline of capitals", make: (n) => `By ${repeatTo("A", n - 4)}!` },
  { name: "hyphen run", make: (n) => `x${repeatTo("-", n - 2)}x` },
  { name: "al-Qaeda and Iraq, no stops", make: (n) => repeatTo("al-Qaeda returned to Iraq aq will return ", n) },
];
