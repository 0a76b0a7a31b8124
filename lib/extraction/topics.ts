// Topics: which of the workbench's themes a forecast bears on, by keyword. A sentence may carry several; "other"
// only when none of the rest matches, so a question drafted from it still lands under some theme.

import type { ThemeSlug } from "@/lib/domain/themes";

export type TopicSlug = ThemeSlug;

const QAEDA = String.raw`(?:al[-\s]?qa['’]?eda|\bAQ\b|\bAQI\b)`;

// Order is the display order of THEMES; "other" is the fallback and has no keywords.
const TOPIC_PATTERNS: readonly (readonly [Exclude<TopicSlug, "other">, RegExp])[] = [
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
  [
    "aq-iraq",
    new RegExp(
      String.raw`${QAEDA}[^.;]{0,80}\b(return\w*|active|presence|chance|foothold|re-?establish\w*|come back|resurg\w*)\b[^.;]{0,60}\bIraq\b|\b(return\w*|come back) to Iraq\b[^.;]*${QAEDA}|${QAEDA}[^.;]*\b(return\w*|come back) to Iraq\b|${QAEDA}[^.;]{0,40}\b(take place|operate|active) in Iraq\b|\bin Iraq\b[^.;]{0,40}${QAEDA}[^.;]{0,40}\b(chance|presence|active)\b`,
      "iu",
    ),
  ],
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

/** The themes a sentence mentions, in THEMES order; ["other"] when none. */
export function detectTopics(sentence: string): TopicSlug[] {
  const found = TOPIC_PATTERNS.filter(([, pattern]) => pattern.test(sentence)).map(([slug]) => slug);
  return found.length > 0 ? found : ["other"];
}

// Sentences that point back instead of naming their subject: "Neither scenario …", "The latter scenario …".
const ANAPHORIC_START = /^\W*(this|that|these|those|such|neither|either|the latter|the former|it|they)\b/i;

/** True when a sentence with no topic of its own should take the topics of the sentence before. */
export function isAnaphoric(sentence: string): boolean {
  return ANAPHORIC_START.test(sentence);
}
