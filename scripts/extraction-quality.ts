// `npm run extract:quality`: precision, recall and probability-in-band of the extractor against the hand labels in
// tests/fixtures/extraction/labels.json (validated on import), on the source articles in ../shared/articles.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { evaluateExtraction, formatQualityReport, type LabelFile } from "../lib/extraction/quality";

const articlesDir = path.resolve(process.cwd(), "../shared/articles");

if (!existsSync(articlesDir)) {
  console.error(`extract:quality: no articles at ${articlesDir}`);
  process.exit(1);
}

let labels: LabelFile;
try {
  // Imported here rather than at the top so that an invalid label file gives one line, not a stack trace.
  ({ EXTRACTION_LABELS: labels } = await import("../tests/fixtures/extraction/labels"));
} catch (error) {
  console.error(`extract:quality: ${(error as Error).message}`);
  process.exit(1);
}

const articles = readdirSync(articlesDir)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(articlesDir, file), "utf8") }));

console.log(`articles: ${articles.length} in ${articlesDir}`);
console.log(formatQualityReport(evaluateExtraction(articles, labels)));
