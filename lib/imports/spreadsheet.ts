// A spreadsheet of one's own forecasts: a header row, one forecast per row, the question's fields
// repeated (or left blank) on each of its rows. Which column holds what is the column mapping:
// guessed from the header, changed by the person importing.
import { THEMES } from "../domain/themes";
import type { CsvRow } from "./csv-read";
import { IssueList, type ImportPlan, type PlannedQuestion } from "./plan";
import { DATE_HELP, clampProbability, parseDate, parseProbability } from "./values";
import { SPREADSHEET_FIELDS, type ColumnMapping, type SpreadsheetField } from "./spreadsheet-fields";

export { SPREADSHEET_FIELDS, type ColumnMapping, type SpreadsheetField };

export const REQUIRED_SPREADSHEET_FIELDS: readonly SpreadsheetField[] = [
  "question",
  "forecast",
  "forecastDate",
  "resolveBy",
];

const SYNONYMS: Record<SpreadsheetField, string[]> = {
  question: ["question", "title", "question title"],
  forecast: ["forecast", "probability", "prediction", "p", "chance"],
  forecastDate: ["forecast date", "date", "forecast created at", "forecasted at", "created at"],
  resolveBy: ["resolve by", "resolve-by", "resolve by date", "deadline", "due"],
  resolution: ["resolution", "outcome", "result", "resolved as"],
  resolvedDate: ["resolved date", "resolved at", "resolution date", "resolved on"],
  tags: ["tags", "tag", "themes", "theme", "topics"],
  notes: ["notes", "note", "comments", "description"],
};

const normal = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, " ");

/** The mapping guessed from the header: each field to the first column with one of its usual names. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const field of SPREADSHEET_FIELDS) {
    const column = header.find((name) => SYNONYMS[field].includes(normal(name)));
    if (column) mapping[field] = column;
  }
  return mapping;
}

const THEME_BY_NAME = new Map<string, string>(
  THEMES.flatMap((theme) => [
    [theme.slug, theme.slug],
    [theme.label.toLowerCase(), theme.slug],
  ]),
);

export async function planSpreadsheet(
  rows: AsyncIterable<CsvRow>,
  mapping: ColumnMapping,
  onRow: (rows: number) => void,
): Promise<ImportPlan> {
  const errors = new IssueList();
  const warnings = new IssueList();
  const questions = new Map<
    string,
    PlannedQuestion & { resolutionText: string; resolvedText: string; tagRow: number }
  >();
  let count = 0;
  for await (const { row, cells } of rows) {
    count += 1;
    if (count % 1000 === 0) onRow(count);
    const column = (field: SpreadsheetField) => mapping[field] ?? field;
    const cell = (field: SpreadsheetField) => (mapping[field] ? (cells[mapping[field]] ?? "").trim() : "");
    const before = errors.count;
    const title = cell("question");
    if (!title) errors.add(row, column("question"), "the question is empty");
    else if (title.length > 300) errors.add(row, column("question"), "the question is longer than 300 characters");
    const p = parseProbability(cell("forecast"));
    if (p === null) {
      errors.add(row, column("forecast"), `expected a probability as 0–1 or a percentage, found “${cell("forecast")}”`);
    }
    const at = parseDate(cell("forecastDate"));
    if (!at) errors.add(row, column("forecastDate"), `expected ${DATE_HELP}, found “${cell("forecastDate")}”`);
    const resolveByText = cell("resolveBy");
    const resolveBy = resolveByText ? parseDate(resolveByText) : null;
    if (resolveByText && !resolveBy)
      errors.add(row, column("resolveBy"), `expected ${DATE_HELP}, found “${resolveByText}”`);
    if (errors.count > before) continue;

    let question = questions.get(title);
    if (!question) {
      question = {
        row,
        title,
        type: "BINARY",
        options: [],
        createdAt: at!,
        resolveBy: resolveBy ?? at!,
        description: "",
        themes: [],
        wasPrivate: false,
        resolution: null,
        forecasts: [],
        reportedScore: null,
        resolutionText: "",
        resolvedText: "",
        tagRow: row,
      };
      questions.set(title, question);
    }
    if (!resolveByText && question.forecasts.length === 0) {
      errors.add(row, column("resolveBy"), "the question's first row needs a resolve-by date");
    }
    if (resolveBy && resolveBy > question.resolveBy) question.resolveBy = resolveBy;
    if (at! < question.createdAt) question.createdAt = at!;
    if (p! < 0.001 || p! > 0.999) {
      warnings.add(row, column("forecast"), `${p} is outside 0.1%–99.9%; stored as ${clampProbability(p!)}`);
    }
    question.forecasts.push({ row, forecaster: null, createdAt: at!, probs: [clampProbability(p!)] });
    const notes = cell("notes");
    if (notes && !question.description.includes(notes)) {
      question.description = [question.description, notes].filter(Boolean).join("\n\n").slice(0, 5000);
    }
    for (const tag of cell("tags")
      .split(/[,;|]/)
      .map((t) => t.trim())
      .filter(Boolean)) {
      const slug = THEME_BY_NAME.get(tag.toLowerCase());
      if (slug && !question.themes.includes(slug) && question.themes.length < 5) question.themes.push(slug);
      else if (!slug) warnings.add(row, column("tags"), `“${tag}” is not a theme of this workbench; left out`);
    }
    const resolution = cell("resolution");
    if (resolution) {
      if (question.resolutionText && question.resolutionText.toUpperCase() !== resolution.toUpperCase()) {
        errors.add(
          row,
          column("resolution"),
          `this question's rows disagree on its resolution (“${question.resolutionText}”, “${resolution}”)`,
        );
      }
      question.resolutionText = resolution;
      question.resolvedText = cell("resolvedDate") || question.resolvedText;
      question.tagRow = row;
    }
  }
  onRow(count);

  const planned: PlannedQuestion[] = [];
  for (const question of questions.values()) {
    const { resolutionText, resolvedText, tagRow, ...rest } = question;
    if (resolutionText) {
      const outcome = (["YES", "NO", "AMBIGUOUS"] as const).find((o) => o === normalOutcome(resolutionText));
      const occurredAt = parseDate(resolvedText);
      if (!outcome) {
        errors.add(
          tagRow,
          mapping.resolution ?? "resolution",
          `expected YES, NO or AMBIGUOUS, found “${resolutionText}”`,
        );
        continue;
      }
      if (!occurredAt) {
        errors.add(
          tagRow,
          mapping.resolvedDate ?? "resolvedDate",
          `a resolved question needs ${DATE_HELP}, found “${resolvedText}”`,
        );
        continue;
      }
      rest.resolution = { outcome, occurredAt, row: tagRow };
    }
    planned.push(rest);
  }
  return { questions: planned, rows: count, errors: errors.items, errorCount: errors.count, warnings: warnings.items };
}

function normalOutcome(text: string): string {
  const upper = text.trim().toUpperCase();
  if (["Y", "TRUE", "1", "HAPPENED"].includes(upper)) return "YES";
  if (["N", "FALSE", "0", "DID NOT HAPPEN"].includes(upper)) return "NO";
  if (["AMBIGUOUS", "N/A", "ANNULLED", "VOID"].includes(upper)) return "AMBIGUOUS";
  return upper;
}
