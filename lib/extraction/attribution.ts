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

const NAMED_SPEAKER = new RegExp(
  String.raw`(?:^|[\s,;:(“"])(${NAME})(?:,\s+[^,]{3,80},)?\s+(?:also\s+)?(?:${VERBS})\b`,
  "gu",
);
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

function cleanName(raw: string): string | undefined {
  const name = raw
    .replace(/^(the|also|but|and|however|yet|so)\s+/i, "")
    .replace(/(\s+(?!al-|el-)\p{Ll}[\p{L}’'-]*)+\s*$/u, "") // "according to Reuters that …": keep the name, not the clause
    .replace(/[’']s$/, "")
    .trim();
  if (!name || NOT_NAMES.has(name.toLowerCase())) return undefined;
  return name;
}

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
  NAMED_SPEAKER.lastIndex = 0;
  for (let m = NAMED_SPEAKER.exec(sentence); m; m = NAMED_SPEAKER.exec(sentence)) {
    const name = cleanName(m[1]!);
    if (!name) continue;
    const nameStart = m.index + m[0].indexOf(m[1]!);
    const inReportingTail = /[”"]\s*,?\s*$/.test(sentence.slice(0, nameStart));
    if (nameStart < cueStart || inReportingTail) return { name };
  }
  if (PRONOUN_SPEAKER.test(sentence)) return { pronoun: true };
  return undefined;
}
