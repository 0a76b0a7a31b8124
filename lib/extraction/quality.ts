// Extraction quality against hand labels. Pure: the caller reads the articles and the label file.
//
// A candidate matches a label when the label's sentence (a distinctive substring, whitespace-normalised) lies inside
// the candidate's sentence in the same article.
// - precision: candidates matching any label (clear or borderline) / all candidates;
// - recall: clear labels matched by some candidate / clear labels;
// - in band: matched candidates whose probability lies in the band of a label they match / matched candidates.
// Borderline (clear = false) labels never count as misses; by default they count neither for nor against precision,
// with { borderline: "false-positive" } a candidate matching only borderline labels is a false positive.

import { extractPredictions, type Candidate } from "./extract";
import type { TopicSlug } from "./topics";

export type ExtractionLabel = {
  id: string;
  article: string;
  sentence: string;
  cue: string;
  topics: TopicSlug[];
  band: [number, number];
  clear: boolean;
  negated?: boolean;
  conditional?: boolean;
  attribution?: string;
  note?: string;
};

export type NotForecastLabel = { article: string; sentence: string; reason: string };

export type LabelFile = { labels: ExtractionLabel[]; notForecasts: NotForecastLabel[] };

export type ArticleText = { file: string; text: string };

export type ScoredCandidate = Candidate & { article: string };

export type QualityReport = {
  candidates: number;
  matchedCandidates: number;
  clearLabels: number;
  clearFound: number;
  precision: number;
  recall: number;
  inBand: number;
  /** Share of matched candidates sharing at least one topic with their label (informational). */
  topicAgreement: number;
  /** Share of matched candidates whose negated flag equals the label's, where the label sets one (informational). */
  negationAgreement: number;
  misses: ExtractionLabel[];
  falsePositives: ScoredCandidate[];
  outOfBand: { candidate: ScoredCandidate; label: ExtractionLabel }[];
  /** Sentences the labels say must not be returned but were. */
  notForecastHits: { candidate: ScoredCandidate; label: NotForecastLabel }[];
};

const TOPICS = new Set([
  "truce",
  "merger",
  "cooperation",
  "defections",
  "aq-iraq",
  "territory",
  "leadership",
  "insurgency",
  "other",
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(message: string): never {
  throw new Error(`Invalid label file: ${message}`);
}

function parseLabel(raw: unknown, index: number): ExtractionLabel {
  if (!isRecord(raw)) fail(`labels[${index}] is not an object`);
  const { id, article, sentence, cue, topics, band, clear } = raw;
  if (typeof id !== "string" || typeof article !== "string" || typeof sentence !== "string" || !sentence.trim()) {
    fail(`labels[${index}] needs string id, article and sentence`);
  }
  if (typeof cue !== "string") fail(`labels[${index}] (${id}) needs a cue`);
  if (!Array.isArray(topics) || topics.length === 0 || !topics.every((t) => typeof t === "string" && TOPICS.has(t))) {
    fail(`labels[${index}] (${id}) has unknown topics`);
  }
  if (!Array.isArray(band) || band.length !== 2 || !band.every((b) => typeof b === "number" && b >= 0 && b <= 1)) {
    fail(`labels[${index}] (${id}) needs a band [lo, hi] within [0, 1]`);
  }
  const [lo, hi] = band as [number, number];
  if (lo > hi) fail(`labels[${index}] (${id}) has lo > hi`);
  if (typeof clear !== "boolean") fail(`labels[${index}] (${id}) needs clear: boolean`);
  return {
    id,
    article,
    sentence,
    cue,
    topics: topics as TopicSlug[],
    band: [lo, hi],
    clear,
    ...(typeof raw.negated === "boolean" ? { negated: raw.negated } : {}),
    ...(typeof raw.conditional === "boolean" ? { conditional: raw.conditional } : {}),
    ...(typeof raw.attribution === "string" ? { attribution: raw.attribution } : {}),
    ...(typeof raw.note === "string" ? { note: raw.note } : {}),
  };
}

/** Validates the parsed JSON of tests/fixtures/extraction/labels.json. */
export function parseLabelFile(json: unknown): LabelFile {
  if (!isRecord(json) || !Array.isArray(json.labels)) fail("expected an object with a labels array");
  const labels = json.labels.map(parseLabel);
  const ids = new Set<string>();
  for (const label of labels) {
    if (ids.has(label.id)) fail(`duplicate id ${label.id}`);
    ids.add(label.id);
  }
  const rawNot = Array.isArray(json.notForecasts) ? json.notForecasts : [];
  const notForecasts = rawNot.map((raw, index): NotForecastLabel => {
    if (!isRecord(raw) || typeof raw.article !== "string" || typeof raw.sentence !== "string") {
      fail(`notForecasts[${index}] needs article and sentence`);
    }
    return { article: raw.article, sentence: raw.sentence, reason: typeof raw.reason === "string" ? raw.reason : "" };
  });
  return { labels, notForecasts };
}

export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function contains(candidate: Candidate, labelSentence: string): boolean {
  return normalizeWhitespace(candidate.sentence).includes(normalizeWhitespace(labelSentence));
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** Scores the extractor on the labelled articles (articles with no label are skipped: nothing to score against). */
export type EvaluationOptions = { borderline?: "ignore" | "false-positive" };

export function evaluateExtraction(
  articles: readonly ArticleText[],
  labelFile: LabelFile,
  extract: (text: string) => Candidate[] = extractPredictions,
  options: EvaluationOptions = {},
): QualityReport {
  const strict = options.borderline === "false-positive";
  const labelled = new Set(labelFile.labels.map((label) => label.article));
  const candidates: ScoredCandidate[] = articles
    .filter((article) => labelled.has(article.file))
    .flatMap((article) => extract(article.text).map((candidate) => ({ ...candidate, article: article.file })));

  const matchedLabels = new Set<string>();
  const falsePositives: ScoredCandidate[] = [];
  const outOfBand: QualityReport["outOfBand"] = [];
  let matched = 0;
  let inBand = 0;
  let topicAgree = 0;
  let negationCompared = 0;
  let negationAgree = 0;

  for (const candidate of candidates) {
    const labels = labelFile.labels.filter(
      (label) => label.article === candidate.article && (!strict || label.clear) && contains(candidate, label.sentence),
    );
    if (labels.length === 0) {
      falsePositives.push(candidate);
      continue;
    }
    matched++;
    for (const label of labels) matchedLabels.add(label.id);
    const banded = labels.find(
      (l) => candidate.probability >= l.band[0] - 1e-9 && candidate.probability <= l.band[1] + 1e-9,
    );
    if (banded) inBand++;
    else outOfBand.push({ candidate, label: labels[0]! });
    if (labels.some((l) => l.topics.some((topic) => candidate.topics.includes(topic)))) topicAgree++;
    const withNegation = labels.find((l) => l.negated !== undefined);
    if (withNegation) {
      negationCompared++;
      if (withNegation.negated === candidate.negated) negationAgree++;
    }
  }

  const clear = labelFile.labels.filter((label) => label.clear && labelled.has(label.article));
  const misses = clear.filter((label) => !matchedLabels.has(label.id));
  const notForecastHits = labelFile.notForecasts.flatMap((label) =>
    candidates
      .filter((candidate) => candidate.article === label.article && contains(candidate, label.sentence))
      .map((candidate) => ({ candidate, label })),
  );

  return {
    candidates: candidates.length,
    matchedCandidates: matched,
    clearLabels: clear.length,
    clearFound: clear.length - misses.length,
    precision: ratio(matched, candidates.length),
    recall: ratio(clear.length - misses.length, clear.length),
    inBand: ratio(inBand, matched),
    topicAgreement: ratio(topicAgree, matched),
    negationAgreement: ratio(negationAgree, negationCompared),
    misses,
    falsePositives,
    outOfBand,
    notForecastHits,
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function clip(text: string, width = 110): string {
  const flat = normalizeWhitespace(text);
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** A plain-text report for the console. */
export function formatQualityReport(report: QualityReport): string {
  const lines = [
    `candidates: ${report.candidates}, matched to a label: ${report.matchedCandidates}`,
    `precision: ${report.precision.toFixed(3)} (${pct(report.precision)})`,
    `recall (clear forecasts): ${report.recall.toFixed(3)} (${report.clearFound}/${report.clearLabels})`,
    `probability in band: ${report.inBand.toFixed(3)} (${pct(report.inBand)})`,
    `topic agreement (informational): ${pct(report.topicAgreement)}`,
    `negation agreement (informational): ${pct(report.negationAgreement)}`,
  ];
  lines.push("", `misses (${report.misses.length}):`);
  for (const label of report.misses) lines.push(`  ${label.article.slice(0, 3)} ${label.id}: ${clip(label.sentence)}`);
  lines.push("", `false positives (${report.falsePositives.length}):`);
  for (const c of report.falsePositives)
    lines.push(`  ${c.article.slice(0, 3)} [${c.cue} ${c.probability}] ${clip(c.sentence)}`);
  lines.push("", `out of band (${report.outOfBand.length}):`);
  for (const { candidate, label } of report.outOfBand) {
    lines.push(`  ${label.id}: ${candidate.cue} ${candidate.probability} not in [${label.band[0]}, ${label.band[1]}]`);
  }
  lines.push("", `non-forecasts returned (${report.notForecastHits.length}):`);
  for (const { candidate, label } of report.notForecastHits) {
    lines.push(`  ${candidate.article.slice(0, 3)} (${label.reason}) ${clip(candidate.sentence)}`);
  }
  return lines.join("\n");
}
