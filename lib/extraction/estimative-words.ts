// Words of estimative probability: the numbers the workbench reads into an author's hedges.
//
// Three kinds of entry:
// - "Kent 1964": the values of Sherman Kent's table (certain 100%, almost certain 93% ± 6, probable 75% ± 12,
//   chances about even 50% ± 10, probably not 30% ± 10, almost certainly not 7% ± 5, impossible 0%), checked
//   against several independent reproductions of the table.
// - "Mauboussin & Mauboussin 2018": median readings from the authors' survey of about 1,700 people. The article is
//   paywalled and no reproduction of the medians could be checked; each such entry says so in its note.
// - "ICD 203": the likelihood scale of Intelligence Community Directive 203 (Analytic Standards, 2015), whose seven
//   terms each name a range (almost no chance 1-5%, very unlikely 5-20%, unlikely 20-45%, roughly even chance
//   45-55%, likely 55-80%, very likely 80-95%, almost certain(ly) 95-99%); an entry takes its range's midpoint.
//   Only the terms not already in the table from Kent or the survey are added, so existing values do not move.
// - "Workbench convention": phrases neither source covers (mostly the articles' own wording), pinned to the nearest
//   anchor above and explained in the note.
//
// Convention for negative phrases ("unlikely", "will not", "nor are there any prospects", "out of the question"):
// the probability is that of the event the phrase denies or doubts, so it is low. Positive phrases ("no doubt",
// "is expected to") give the probability of the clause they govern as it is written.

export type EstimativeSource = "Kent 1964" | "Mauboussin & Mauboussin 2018" | "ICD 203" | "Workbench convention";

export type EstimativeWord = {
  phrase: string;
  probability: number;
  source: EstimativeSource;
  note?: string;
};

export const ESTIMATIVE_SOURCES: Readonly<Record<EstimativeSource, { citation: string; url: string | null }>> = {
  "Kent 1964": {
    citation:
      "Sherman Kent, “Words of Estimative Probability”, Studies in Intelligence, vol. 8, no. 4 (Fall 1964), " +
      "Central Intelligence Agency, Center for the Study of Intelligence.",
    url: null,
  },
  "Mauboussin & Mauboussin 2018": {
    citation:
      "Andrew Mauboussin and Michael J. Mauboussin, “If You Say Something Is ‘Likely,’ How Likely Do People Think " +
      "It Is?”, Harvard Business Review, 3 July 2018 (survey medians).",
    url: "https://hbr.org/2018/07/if-you-say-something-is-likely-how-likely-do-people-think-it-is",
  },
  "ICD 203": {
    citation:
      "Office of the Director of National Intelligence, Intelligence Community Directive 203, “Analytic Standards” " +
      "(2 January 2015), section D.6.b.(2)(a): expressions of likelihood or probability.",
    url: "https://www.dni.gov/files/documents/ICD/ICD-203.pdf",
  },
  "Workbench convention": {
    citation:
      "Forecast Workbench house convention: a phrase neither source covers, anchored on the nearest Kent or " +
      "Mauboussin value. Editors may revise these.",
    url: null,
  },
};

const UNVERIFIED_MEDIAN =
  "Survey median as commonly cited from the article's chart; not verified against the article itself here.";

export const ESTIMATIVE_WORDS: readonly EstimativeWord[] = [
  // Kent's table.
  { phrase: "certain", probability: 1, source: "Kent 1964" },
  { phrase: "almost certain", probability: 0.93, source: "Kent 1964", note: "Kent: 93%, give or take about 6%." },
  { phrase: "almost certainly", probability: 0.93, source: "Kent 1964", note: "Adverb of Kent's “almost certain”." },
  { phrase: "probable", probability: 0.75, source: "Kent 1964", note: "Kent: 75%, give or take about 12%." },
  { phrase: "probably", probability: 0.75, source: "Kent 1964", note: "Adverb of Kent's “probable”." },
  {
    phrase: "chances about even",
    probability: 0.5,
    source: "Kent 1964",
    note: "Kent: 50%, give or take about 10%.",
  },
  { phrase: "probably not", probability: 0.3, source: "Kent 1964", note: "Kent: 30%, give or take about 10%." },
  {
    phrase: "doubtful",
    probability: 0.3,
    source: "Kent 1964",
    note: "Listed by Kent among the synonyms of “probably not” (with “we doubt”): 30%.",
  },
  {
    phrase: "almost certainly not",
    probability: 0.07,
    source: "Kent 1964",
    note: "Kent: 7%, give or take about 5%.",
  },
  { phrase: "impossible", probability: 0, source: "Kent 1964" },

  // Mauboussin & Mauboussin survey medians.
  { phrase: "likely", probability: 0.7, source: "Mauboussin & Mauboussin 2018", note: UNVERIFIED_MEDIAN },
  { phrase: "unlikely", probability: 0.2, source: "Mauboussin & Mauboussin 2018", note: UNVERIFIED_MEDIAN },
  { phrase: "maybe", probability: 0.5, source: "Mauboussin & Mauboussin 2018", note: UNVERIFIED_MEDIAN },

  // ICD 203 terms (range midpoints; the range is in the note).
  { phrase: "almost no chance", probability: 0.03, source: "ICD 203", note: "ICD 203: 1-5%." },
  { phrase: "very unlikely", probability: 0.125, source: "ICD 203", note: "ICD 203: 5-20%." },
  { phrase: "highly unlikely", probability: 0.125, source: "ICD 203", note: "ICD 203's “highly improbable”, 5-20%." },
  { phrase: "roughly even chance", probability: 0.5, source: "ICD 203", note: "ICD 203: 45-55%." },
  { phrase: "roughly even odds", probability: 0.5, source: "ICD 203", note: "ICD 203: 45-55%." },
  { phrase: "very likely", probability: 0.875, source: "ICD 203", note: "ICD 203: 80-95%." },
  { phrase: "highly likely", probability: 0.875, source: "ICD 203", note: "ICD 203's “highly probable”, 80-95%." },
  { phrase: "nearly certain", probability: 0.97, source: "ICD 203", note: "ICD 203: 95-99%." },

  // Workbench conventions: firm expectations and assertions.
  {
    phrase: "expected",
    probability: 0.75,
    source: "Workbench convention",
    note: "A stated expectation; read like Kent's “probable” (75%).",
  },
  {
    phrase: "is expected to",
    probability: 0.75,
    source: "Workbench convention",
    note: "Same as “expected”.",
  },
  {
    phrase: "soon expected",
    probability: 0.75,
    source: "Workbench convention",
    note: "Same as “expected”; “soon” is about timing, not confidence.",
  },
  {
    phrase: "is soon expected",
    probability: 0.75,
    source: "Workbench convention",
    note: "Same as “soon expected”.",
  },
  {
    phrase: "expects",
    probability: 0.75,
    source: "Workbench convention",
    note: "A stated expectation (“the Committee expects that …”); same as “expected”.",
  },
  {
    phrase: "projected to",
    probability: 0.75,
    source: "Workbench convention",
    note: "A model's or forecaster's stated projection; same as “expected”.",
  },
  {
    phrase: "project that",
    probability: 0.75,
    source: "Workbench convention",
    note: "Same as “projected to”.",
  },
  {
    phrase: "forecast to",
    probability: 0.75,
    source: "Workbench convention",
    note: "Same as “projected to”.",
  },
  {
    phrase: "forecast calls for",
    probability: 0.75,
    source: "Workbench convention",
    note: "A forecast stated as what it “calls for”; same as “forecast to”.",
  },
  {
    phrase: "should",
    probability: 0.75,
    source: "Workbench convention",
    note:
      "Predictive (epistemic) “should” with an impersonal subject (“the low should move east”); read like “expected”. " +
      "The deontic “should” of advice (“we should invest”) is not a cue (lib/extraction/cues.ts).",
  },
  {
    phrase: "would likely",
    probability: 0.7,
    source: "Workbench convention",
    note: "Conditional “likely”; same value as the Mauboussin median for “likely”.",
  },
  {
    phrase: "would",
    probability: 0.8,
    source: "Workbench convention",
    note: "Flat prediction in reported or conditional speech; a notch below plain “will”.",
  },
  {
    phrase: "will",
    probability: 0.9,
    source: "Workbench convention",
    note: "Plain future assertion with no hedge; between Kent's “probable” and “almost certain”.",
  },
  {
    phrase: "inevitably",
    probability: 0.95,
    source: "Workbench convention",
    note: "Stronger than plain “will”; just above Kent's “almost certain”.",
  },
  {
    phrase: "definitely",
    probability: 0.97,
    source: "Workbench convention",
    note: "Near-certain; between Kent's “almost certain” (93%) and “certain” (100%).",
  },
  {
    phrase: "will definitely",
    probability: 0.97,
    source: "Workbench convention",
    note: "Same as “definitely”.",
  },
  {
    phrase: "no doubt",
    probability: 0.97,
    source: "Workbench convention",
    note: "Same as “definitely”; applies to the clause it governs, which may itself be negative.",
  },

  // Workbench conventions: hedges in the middle of the scale.
  {
    phrase: "could well",
    probability: 0.6,
    source: "Workbench convention",
    note: "A live possibility the author leans towards; a little better than even.",
  },
  {
    phrase: "easier",
    probability: 0.55,
    source: "Workbench convention",
    note: "Comparative: more likely than the baseline (“difficult”, 25%); read as slightly better than even.",
  },
  {
    phrase: "may",
    probability: 0.5,
    source: "Workbench convention",
    note: "Kent would not quantify “may”; read like the survey's “maybe” (50%).",
  },
  {
    phrase: "not necessarily",
    probability: 0.5,
    source: "Workbench convention",
    note: "The author declines to rule the clause out; treated as even odds.",
  },
  {
    phrase: "possible",
    probability: 0.4,
    source: "Workbench convention",
    note:
      "Kent reserved “possible” for cases where no probability can be given (anywhere from near 0 to near 100%); the " +
      "workbench reads it a little under even and flags it as vague.",
  },
  {
    phrase: "could",
    probability: 0.4,
    source: "Workbench convention",
    note: "Same as “possible”.",
  },
  {
    phrase: "might",
    probability: 0.4,
    source: "Workbench convention",
    note: "Same as “possible”.",
  },

  // Workbench conventions: doubt and denial.
  {
    phrase: "cannot be excluded",
    probability: 0.25,
    source: "Workbench convention",
    note: "Double negative that keeps a minority possibility open; a little below Kent's “probably not” (30%).",
  },
  {
    phrase: "not impossible",
    probability: 0.25,
    source: "Workbench convention",
    note: "Same as “cannot be excluded”.",
  },
  {
    phrase: "difficult",
    probability: 0.25,
    source: "Workbench convention",
    note: "Obstacles named but no denial; a little below Kent's “probably not” (30%).",
  },
  {
    phrase: "not likely",
    probability: 0.2,
    source: "Workbench convention",
    note: "Same value as “unlikely”.",
  },
  {
    phrase: "not imminent",
    probability: 0.15,
    source: "Workbench convention",
    note: "About timing: low for the near term only; says little about later horizons.",
  },
  {
    phrase: "will not",
    probability: 0.1,
    source: "Workbench convention",
    note: "Mirror of plain “will” (90%): the probability of the event denied.",
  },
  {
    phrase: "laid to rest",
    probability: 0.05,
    source: "Workbench convention",
    note: "The author dismisses the idea; close to Kent's “almost certainly not” (7%).",
  },
  {
    phrase: "nor are there any prospects",
    probability: 0.03,
    source: "Workbench convention",
    note: "Categorical denial with no time limit; below Kent's “almost certainly not” (7%).",
  },
  {
    phrase: "definitively laid to rest",
    probability: 0.02,
    source: "Workbench convention",
    note: "“Laid to rest”, strengthened by “definitively”.",
  },
  {
    phrase: "definitively be laid to rest",
    probability: 0.02,
    source: "Workbench convention",
    note: "Word order of the Tamimi (2020) article; same as “definitively laid to rest”.",
  },
  {
    phrase: "out of the question",
    probability: 0.02,
    source: "Workbench convention",
    note: "Categorical denial; near Kent's “impossible” but kept off zero.",
  },

  // Workbench conventions added for the extractor (lib/extraction): wordings met in the articles, or the negated
  // forms of modals above, so that every extracted cue has its probability in this table.
  {
    phrase: "not in the cards",
    probability: 0.05,
    source: "Workbench convention",
    note: "Idiomatic dismissal (Tamimi 2020 headline); same as “laid to rest”.",
  },
  {
    phrase: "laid aside",
    probability: 0.05,
    source: "Workbench convention",
    note: "“The idea should be laid aside” (Tamimi 2020); same as “laid to rest”.",
  },
  {
    phrase: "will never",
    probability: 0.05,
    source: "Workbench convention",
    note: "Stronger than “will not” (10%); close to Kent's “almost certainly not” (7%).",
  },
  {
    phrase: "won't",
    probability: 0.1,
    source: "Workbench convention",
    note: "Contraction of “will not”.",
  },
  {
    phrase: "would not",
    probability: 0.2,
    source: "Workbench convention",
    note: "Mirror of “would” (80%): the probability of the event denied.",
  },
  {
    phrase: "could not",
    probability: 0.15,
    source: "Workbench convention",
    note: "Denied possibility; between “will not” (10%) and “not likely” (20%).",
  },
  {
    phrase: "may not",
    probability: 0.5,
    source: "Workbench convention",
    note: "“May” is even odds either way; the event doubted keeps 50%.",
  },
  {
    phrase: "might not",
    probability: 0.5,
    source: "Workbench convention",
    note: "Same as “may not”: a doubt, not a denial.",
  },
  {
    phrase: "not expected",
    probability: 0.25,
    source: "Workbench convention",
    note: "Mirror of “expected” (75%).",
  },
];

const BY_PHRASE: ReadonlyMap<string, number> = new Map(
  ESTIMATIVE_WORDS.map((word) => [word.phrase.toLowerCase(), word.probability] as const),
);

/** The table probability of a cue: case-insensitive exact match on the trimmed phrase. */
export function probabilityForCue(cue: string): number | undefined {
  return BY_PHRASE.get(cue.trim().toLowerCase());
}
