// `npm run extract:quality`: precision, recall and probability-in-band of the extractor against hand labels, reported
// separately for the seed articles the extractor was written on (in-domain: ../shared/articles with
// tests/fixtures/extraction/labels.json) and for the out-of-domain corpus it was not written for
// (tests/fixtures/extraction/out-of-domain). Misses and false positives are listed for both.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { assignThemes, extractPredictions, questionIndex } from "../lib/extraction";
import {
  evaluateExtraction,
  formatQualityReport,
  normalizeWhitespace,
  type ArticleText,
  type LabelFile,
} from "../lib/extraction/quality";

const articlesDir = path.resolve(process.cwd(), "../shared/articles");

let seedLabels: LabelFile;
let outOfDomain: typeof import("../tests/fixtures/extraction/out-of-domain");
try {
  // Imported here rather than at the top so that an invalid label file gives one line, not a stack trace.
  ({ EXTRACTION_LABELS: seedLabels } = await import("../tests/fixtures/extraction/labels"));
  outOfDomain = await import("../tests/fixtures/extraction/out-of-domain");
} catch (error) {
  console.error(`extract:quality: ${(error as Error).message}`);
  process.exit(1);
}

console.log("== in-domain: seed articles (borderline labels neither count for nor against)");
if (existsSync(articlesDir)) {
  const articles = readdirSync(articlesDir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(articlesDir, file), "utf8") }));
  console.log(`articles: ${articles.length} in ${articlesDir}`);
  console.log(formatQualityReport(evaluateExtraction(articles, seedLabels)));
  console.log("\n-- the same, counting borderline labels as false positives");
  console.log(
    formatQualityReport(evaluateExtraction(articles, seedLabels, undefined, { borderline: "false-positive" })),
  );
} else {
  console.log(`skipped: no articles at ${articlesDir}`);
}

const texts = outOfDomain.readOutOfDomainArticles();
console.log(`\n== out-of-domain: ${texts.length} texts in tests/fixtures/extraction/out-of-domain`);
console.log(formatQualityReport(evaluateExtraction(texts, outOfDomain.OUT_OF_DOMAIN_LABELS)));

// Themes: with the seed questions as the workbench, how many matched forecasts each corpus files under a theme,
// and how many of those disagree with their label (lib/extraction/similar-questions.ts).
const { QUESTIONS } = await import("../lib/seed/data/questions");
const seedIndex = questionIndex(
  QUESTIONS.map((question) => ({
    id: question.key,
    title: question.title,
    resolutionCriteria: question.resolutionCriteria,
    themes: question.themes,
  })),
);
function themeReport(name: string, articles: ArticleText[], labels: LabelFile) {
  let matched = 0;
  let themed = 0;
  let wrong = 0;
  for (const article of articles) {
    const candidates = extractPredictions(article.text);
    assignThemes(seedIndex, candidates).forEach(({ themes }, i) => {
      const sentence = normalizeWhitespace(candidates[i]!.sentence);
      const label = labels.labels.find((found) => sentence.includes(normalizeWhitespace(found.sentence)));
      if (!label) return;
      matched++;
      if (themes.length === 0) return;
      themed++;
      if (!themes.some((theme) => label.topics.includes(theme))) wrong++;
    });
  }
  console.log(`${name}: ${themed} of ${matched} matched forecasts given a theme, ${wrong} of them a wrong one`);
}
console.log("\n== themes, with the seed questions as the workbench's questions");
if (existsSync(articlesDir)) {
  const articles = readdirSync(articlesDir)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(articlesDir, file), "utf8") }));
  themeReport("in-domain", articles, seedLabels);
}
themeReport("out-of-domain", texts, outOfDomain.OUT_OF_DOMAIN_LABELS);
