// `npm run extract -- <file> [--json] [--published YYYY-MM-DD]`: the forecasts the extractor finds in a text file.
// With --json, stdout carries only the JSON array (for piping); otherwise a table for reading.
import { readFileSync } from "node:fs";
import { extractPredictions, suggestCloseDate, type Candidate } from "../lib/extraction";

const USAGE = "usage: npm run extract -- <file> [--json] [--published YYYY-MM-DD]";

function fail(message: string): never {
  console.error(`extract: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]): { file: string; json: boolean; published?: Date } {
  let file: string | undefined;
  let json = false;
  let published: Date | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--published" || arg.startsWith("--published=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      const date = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
      if (!date || Number.isNaN(date.getTime())) fail(`--published needs a date YYYY-MM-DD; ${USAGE}`);
      published = date;
    } else if (arg.startsWith("--")) fail(`unknown option ${arg}; ${USAGE}`);
    else if (file === undefined) file = arg;
    else fail(`one file at a time; ${USAGE}`);
  }
  if (!file) fail(`no file given; ${USAGE}`);
  return { file, json, ...(published ? { published } : {}) };
}

function toJson(candidate: Candidate) {
  return {
    sentence: candidate.sentence,
    start: candidate.start,
    end: candidate.end,
    cue: candidate.cue,
    probability: candidate.probability,
    negated: candidate.negated,
    topics: candidate.topics,
    ...(candidate.conditional ? { conditional: candidate.conditional } : {}),
    ...(candidate.attribution ? { attribution: candidate.attribution } : {}),
  };
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function printTable(candidates: Candidate[], published?: Date): void {
  if (candidates.length === 0) {
    console.log("No forecasts found.");
    return;
  }
  candidates.forEach((c, i) => {
    const flags = [c.negated ? "negated" : "", c.attribution ? `by ${c.attribution}` : ""].filter(Boolean).join(", ");
    const close = published ? `  close ${suggestCloseDate(c.sentence, published).toISOString().slice(0, 10)}` : "";
    console.log(
      `${String(i + 1).padStart(3)}. ${c.probability.toFixed(2)}  ${c.cue}  [${c.topics.join(", ")}]` +
        `${flags ? `  (${flags})` : ""}  @${c.start}-${c.end}${close}`,
    );
    console.log(`     ${clip(c.sentence, 150)}`);
    if (c.conditional) {
      console.log(`     if: ${clip(c.conditional.condition, 70)}  then: ${clip(c.conditional.consequent, 70)}`);
    }
  });
  console.log(`${candidates.length} forecast(s).`);
}

const args = parseArgs(process.argv.slice(2));
let text: string;
try {
  text = readFileSync(args.file, "utf8");
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(`cannot read ${args.file}${code ? ` (${code})` : ""}`);
}
const candidates = extractPredictions(text);
if (args.json) console.log(JSON.stringify(candidates.map(toJson), null, 2));
else printTable(candidates, args.published);
