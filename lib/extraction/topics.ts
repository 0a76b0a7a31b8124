// Topics: which of the workbench's themes a forecast bears on, by keyword. A sentence may carry several; "other"
// only when none of the rest matches, so a question drafted from it still lands under some theme.

import type { ThemeSlug } from "@/lib/domain/themes";

export type TopicSlug = ThemeSlug;

// The "aq-iraq" theme: al-Qaeda's return to, or presence in, Iraq. As one pattern (flags "iu") it reads
//   QAEDA [^.;]{0,80} RETURN_WORD [^.;]{0,60} Iraq  |  RETURN_TO_IRAQ [^.;]* QAEDA  |  QAEDA [^.;]* RETURN_TO_IRAQ
//   | QAEDA [^.;]{0,40} ACTIVE_IN_IRAQ  |  IN_IRAQ [^.;]{0,40} QAEDA [^.;]{0,40} PRESENCE_WORD
// but a regular-expression engine runs each gap from every "AQ" (quadratic for the unbounded ones, 80 steps a
// time for the others), so aqInIraq finds each part once and joins them: linear in the sentence.
const QAEDA = String.raw`(?:al[-\s]?qa['’]?eda|\bAQ\b|\bAQI\b)`;
const PARTS = {
  qaeda: new RegExp(QAEDA, "giu"),
  returnWord: /\b(?:return\w*|active|presence|chance|foothold|re-?establish\w*|come back|resurg\w*)\b/giu,
  iraq: /\bIraq\b/giu,
  returnToIraq: /\b(?:return\w*|come back) to Iraq\b/giu,
  activeInIraq: /\b(?:take place|operate|active) in Iraq\b/giu,
  inIraq: /\bin Iraq\b/giu,
  presenceWord: /\b(?:chance|presence|active)\b/giu,
};
const STRETCH_END = /[.;]/g;

type Hit = { start: number; end: number };

/** Every match of the global `pattern`, in order. None of the parts above can overlap another of its own kind. */
function hitsOf(pattern: RegExp, text: string): Hit[] {
  pattern.lastIndex = 0; // matchAll starts where the pattern's lastIndex stands
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Whether [from, to) fits a gap `[^.;]{0,max}` of the `u` flag: no full stop or semicolon, at most `max` code
 * points. `stops` are the indices of full stops and semicolons in the text, in order.
 */
function fitsGap(text: string, stops: readonly number[], from: number, to: number, max: number): boolean {
  if (to < from || to - from > 2 * max) return false;
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stops[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  if (lo < stops.length && stops[lo]! < to) return false;
  if (to - from <= max) return true;
  let codePoints = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) i++;
    codePoints++;
  }
  return codePoints <= max;
}

/** For each of `hits`, whether a hit of `before` ends no more than a gap of `max` before it (see fitsGap). */
function preceded(text: string, stops: readonly number[], before: readonly Hit[], hits: readonly Hit[], max: number) {
  let latest = -1; // the last of `before` ending at or before the current hit
  return hits.map((hit) => {
    while (latest + 1 < before.length && before[latest + 1]!.end <= hit.start) latest++;
    return latest >= 0 && fitsGap(text, stops, before[latest]!.end, hit.start, max);
  });
}

/** For each of `hits`, whether a hit of `after` starts no more than a gap of `max` after it (see fitsGap). */
function followed(text: string, stops: readonly number[], hits: readonly Hit[], after: readonly Hit[], max: number) {
  let earliest = 0; // the first of `after` starting at or after the current hit's end
  return hits.map((hit) => {
    while (earliest < after.length && after[earliest]!.start < hit.end) earliest++;
    return earliest < after.length && fitsGap(text, stops, hit.end, after[earliest]!.start, max);
  });
}

function aqInIraq(sentence: string): boolean {
  PARTS.iraq.lastIndex = 0;
  if (!PARTS.iraq.test(sentence)) return false;
  const stops = hitsOf(STRETCH_END, sentence).map((hit) => hit.start);
  const qaeda = hitsOf(PARTS.qaeda, sentence);
  if (qaeda.length === 0) return false;
  const returnWords = hitsOf(PARTS.returnWord, sentence);
  const nearReturn = preceded(sentence, stops, qaeda, returnWords, 80);
  const returnBeforeIraq = followed(sentence, stops, returnWords, hitsOf(PARTS.iraq, sentence), 60);
  if (nearReturn.some((ok, i) => ok && returnBeforeIraq[i])) return true;
  const returnToIraq = hitsOf(PARTS.returnToIraq, sentence);
  if (preceded(sentence, stops, returnToIraq, qaeda, Infinity).some(Boolean)) return true;
  if (preceded(sentence, stops, qaeda, returnToIraq, Infinity).some(Boolean)) return true;
  if (preceded(sentence, stops, qaeda, hitsOf(PARTS.activeInIraq, sentence), 40).some(Boolean)) return true;
  const afterInIraq = preceded(sentence, stops, hitsOf(PARTS.inIraq, sentence), qaeda, 40);
  const beforePresence = followed(sentence, stops, qaeda, hitsOf(PARTS.presenceWord, sentence), 40);
  return afterInIraq.some((ok, i) => ok && beforePresence[i]);
}

// Order is the display order of THEMES; "other" is the fallback and has no keywords.
const TOPIC_PATTERNS: readonly (readonly [Exclude<TopicSlug, "other">, { test(sentence: string): boolean }])[] = [
  [
    "truce",
    /\b(truce|cease-?fire|non-aggression|rapprochement|reconcil\w*|come to terms|common ground|co-?existence|cohabitation|d[ée]tente|put(ting)? (their|its) differences)\b/i,
  ],
  [
    "merger",
    /\b(merg\w*|unif\w*|unite[ds]?|uniting|union|alliances?|allied|join(ing)? (of )?forces|partnership|umbrella|amalgamat\w*|combination of|join the other|new group)\b/i,
  ],
  [
    "cooperation",
    /\b(cooperat\w*|co-operat\w*|collaborat\w*|coordinat\w*|joint (work|operations?|action)|work(ing)? together|pacts?|deal with)\b/i,
  ],
  ["defections", /\b(defect\w*|desert(ion|ers?)|switch(ing|ed)? sides|change(d)? sides|hearts are getting nearer)\b/i],
  ["aq-iraq", { test: aqInIraq }],
  [
    "territory",
    /\b(territor\w*|land|(lose|loses|losing|lost|gain|gains|gaining) ground|strongholds?|bastions?|deserts?|occup\w*|retreat\w*|its base|remain in)\b/i,
  ],
  [
    "leadership",
    /\b(leaders?|leadership|leaderships|caliph|caliphate|baghdadi|zawahi?ri|zawaheri|emir|bay['’]a|successor)\b/i,
  ],
  [
    "insurgency",
    /\b(insurgen\w*|guerrilla|sleeper|sleeping cells|underground|covert\w*|change its name|renam\w*|hit-and-run|outlaws?|lone wolves|tactical attacks|terrorist hits)\b/i,
  ],
];

// Names are not themes: "the European Union", "State of the Union", "United Nations", "Land Rover" would otherwise
// read as a merger or territory. A capitalised word before such a word blanks the pair before matching (one word,
// not a run: a run of capitals would make the pattern quadratic on long capitalised input).
const PROPER_NAME_WITH_THEME_WORD =
  /\b\p{Lu}\p{L}*\s+(?:of\s+the\s+)?(?:Union|Alliance|Partnership|Land)\b|\bUnited\s+(?:Nations|States|Kingdom|Arab\s+Emirates)\b/gu;

/** The themes a sentence mentions, in THEMES order; ["other"] when none. */
export function detectTopics(sentence: string): TopicSlug[] {
  const text = sentence.replace(PROPER_NAME_WITH_THEME_WORD, " ");
  const found = TOPIC_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([slug]) => slug);
  return found.length > 0 ? found : ["other"];
}

// Sentences that point back instead of naming their subject: "Neither scenario …", "The latter scenario …".
const ANAPHORIC_START = /^\W*(this|that|these|those|such|neither|either|the latter|the former|it|they)\b/i;

/** True when a sentence with no topic of its own should take the topics of the sentence before. */
export function isAnaphoric(sentence: string): boolean {
  return ANAPHORIC_START.test(sentence);
}
