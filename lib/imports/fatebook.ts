// Fatebook's CSV export: one row per forecast (per option, for multiple choice), the question's
// fields repeated on every row. Rows group into questions by title and creation time; the
// option rows of one forecaster at one moment form one distribution.
import type { CsvRow } from "./csv-read";
import { IssueList, type ImportPlan, type PlannedForecast, type PlannedQuestion, type ReportedScore } from "./plan";
import { DATE_HELP, clampProbability, normaliseDistribution, parseDate, parseProbability, sumOf } from "./values";

export const FATEBOOK_COLUMNS = {
  title: "Question title",
  option: "Multiple choice option",
  forecaster: "Forecast created by",
  forecast: "Forecast (scale = 0-1)",
  forecastAt: "Forecast created at",
  creator: "Question created by",
  createdAt: "Question created at",
  resolveBy: "Question resolve by",
  resolution: "Resolution",
  resolvedAt: "Resolved at",
  brier: "Your Brier score for this question",
  relativeBrier: "Your relative Brier score for this question",
  notes: "Question notes",
  sharedWith: "Question shared with",
  sharedPublicly: "Question shared publicly",
  comments: "Question comments",
} as const;

const REQUIRED = ["title", "forecaster", "forecast", "forecastAt", "createdAt", "resolveBy"] as const;

type OptionForecast = { row: number; forecaster: string; at: Date; option: number; p: number };

type Group = {
  question: PlannedQuestion;
  optionForecasts: OptionForecast[];
  resolutionCells: { row: number; value: string; option: string; resolvedAt: string }[];
};

/** Problems with the header itself: a required column missing. */
export function fatebookHeaderIssues(header: readonly string[]): string[] {
  return REQUIRED.filter((key) => !header.includes(FATEBOOK_COLUMNS[key])).map((key) => FATEBOOK_COLUMNS[key]);
}

export async function planFatebook(rows: AsyncIterable<CsvRow>, onRow: (rows: number) => void): Promise<ImportPlan> {
  const errors = new IssueList();
  const warnings = new IssueList();
  const groups = new Map<string, Group>();
  let count = 0;
  const C = FATEBOOK_COLUMNS;

  for await (const { row, cells } of rows) {
    count += 1;
    if (count % 1000 === 0) onRow(count);
    const cell = (key: keyof typeof C) => (cells[C[key]] ?? "").trim();
    const title = cell("title");
    const createdAtText = cell("createdAt");
    const rowErrors = errors.count;
    if (!title) errors.add(row, C.title, "the question title is empty");
    else if (title.length > 300) errors.add(row, C.title, "the question title is longer than 300 characters");
    const createdAt = parseDate(createdAtText);
    if (!createdAt) errors.add(row, C.createdAt, `expected ${DATE_HELP}, found “${createdAtText}”`);
    const resolveBy = parseDate(cell("resolveBy"));
    if (!resolveBy) errors.add(row, C.resolveBy, `expected ${DATE_HELP}, found “${cell("resolveBy")}”`);
    const forecaster = cell("forecaster");
    if (!forecaster) errors.add(row, C.forecaster, "the forecaster's name is empty");
    const p = parseProbability(cell("forecast"));
    if (p === null) errors.add(row, C.forecast, `expected a probability from 0 to 1, found “${cell("forecast")}”`);
    const at = parseDate(cell("forecastAt"));
    if (!at) errors.add(row, C.forecastAt, `expected ${DATE_HELP}, found “${cell("forecastAt")}”`);
    if (errors.count > rowErrors) continue;

    const key = `${title}\u0000${createdAt!.toISOString()}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        question: newQuestion(row, title, createdAt!, resolveBy!, cells),
        optionForecasts: [],
        resolutionCells: [],
      };
      groups.set(key, group);
    }
    const option = cell("option");
    if (option) {
      let index = group.question.options.findIndex((label) => label.toLowerCase() === option.toLowerCase());
      if (index === -1) {
        group.question.options.push(option.slice(0, 200));
        index = group.question.options.length - 1;
      }
      group.question.type = "MULTIPLE_CHOICE";
      group.optionForecasts.push({ row, forecaster, at: at!, option: index, p: p! });
    } else {
      if (group.question.type === "MULTIPLE_CHOICE") {
        errors.add(row, C.option, "this question's other rows name options; this one names none");
        continue;
      }
      if (p! < 0.001 || p! > 0.999) {
        warnings.add(row, C.forecast, `${p} is outside 0.1%–99.9%; stored as ${clampProbability(p!)}`);
      }
      group.question.forecasts.push({ row, forecaster, createdAt: at!, probs: [clampProbability(p!)] });
    }
    if (cell("resolution")) {
      group.resolutionCells.push({ row, value: cell("resolution"), option, resolvedAt: cell("resolvedAt") });
    }
    const score = reportedScore(row, cell("brier"), cell("relativeBrier"));
    if (score && !group.question.reportedScore) group.question.reportedScore = score;
  }
  onRow(count);

  const questions: PlannedQuestion[] = [];
  for (const group of groups.values()) {
    if (group.question.type === "MULTIPLE_CHOICE") {
      if (group.question.options.length < 2) {
        errors.add(group.question.row, C.option, "a multiple-choice question needs at least 2 options");
        continue;
      }
      if (group.question.options.length > 20) {
        errors.add(group.question.row, C.option, "a multiple-choice question has at most 20 options");
        continue;
      }
      group.question.forecasts = distributions(group.question.options.length, group.optionForecasts, warnings);
    }
    group.question.resolution = resolutionOf(group, errors);
    if (group.question.resolveBy < group.question.createdAt) {
      errors.add(group.question.row, C.resolveBy, "the resolve-by date is before the question was created");
      continue;
    }
    questions.push(group.question);
  }
  return { questions, rows: count, errors: errors.items, errorCount: errors.count, warnings: warnings.items };
}

function newQuestion(row: number, title: string, createdAt: Date, resolveBy: Date, cells: Record<string, string>) {
  const C = FATEBOOK_COLUMNS;
  const notes = (cells[C.notes] ?? "").trim();
  const comments = (cells[C.comments] ?? "").trim();
  const creator = (cells[C.creator] ?? "").trim();
  const description = [
    notes,
    comments ? `Comments from Fatebook:\n${comments}` : "",
    creator ? `Created in Fatebook by ${creator}.` : "Imported from Fatebook.",
  ]
    .filter(Boolean)
    .join("\n\n")
    .slice(0, 5000);
  const question: PlannedQuestion = {
    row,
    title,
    type: "BINARY",
    options: [],
    createdAt,
    resolveBy,
    description,
    themes: [],
    wasPrivate: !/^(true|yes|1)$/i.test((cells[C.sharedPublicly] ?? "").trim()),
    resolution: null,
    forecasts: [],
    reportedScore: null,
  };
  return question;
}

function reportedScore(row: number, brier: string, relative: string): ReportedScore | null {
  const b = brier === "" ? null : Number(brier);
  const r = relative === "" ? null : Number(relative);
  const brierScore = b !== null && Number.isFinite(b) ? b : null;
  const relativeBrier = r !== null && Number.isFinite(r) ? r : null;
  return brierScore === null && relativeBrier === null ? null : { row, brier: brierScore, relativeBrier };
}

/**
 * One distribution per forecaster and moment: the options given then, and for the others the
 * forecaster's latest earlier figure. Options never given share what is left; a total away from
 * 100% is scaled to it, and the preview says so.
 */
function distributions(optionCount: number, entries: OptionForecast[], warnings: IssueList): PlannedForecast[] {
  const byMoment = new Map<string, OptionForecast[]>();
  for (const entry of [...entries].sort((a, b) => a.at.getTime() - b.at.getTime() || a.row - b.row)) {
    const key = `${entry.forecaster}\u0000${entry.at.getTime()}`;
    byMoment.set(key, [...(byMoment.get(key) ?? []), entry]);
  }
  const standing = new Map<string, (number | undefined)[]>();
  const forecasts: PlannedForecast[] = [];
  for (const moment of byMoment.values()) {
    const first = moment[0]!;
    const values = [...(standing.get(first.forecaster) ?? new Array<number | undefined>(optionCount).fill(undefined))];
    for (const entry of moment) values[entry.option] = entry.p;
    standing.set(first.forecaster, values);
    const known = sumOf(values.filter((v): v is number => v !== undefined));
    const missing = values.filter((v) => v === undefined).length;
    const filled = values.map((v) => v ?? Math.max(0, 1 - known) / Math.max(1, missing));
    const total = sumOf(filled);
    if (missing > 0 || Math.abs(total - 1) > 0.0001) {
      warnings.add(
        first.row,
        FATEBOOK_COLUMNS.forecast,
        `${first.forecaster}'s forecast at ${first.at.toISOString()} totals ${(total * 100).toFixed(1)}%` +
          (missing > 0 ? ` with ${missing} option(s) not given` : "") +
          "; stored scaled to 100%",
      );
    }
    forecasts.push({
      row: first.row,
      forecaster: first.forecaster,
      createdAt: first.at,
      probs: normaliseDistribution(filled),
    });
  }
  return forecasts;
}

const FIXED = ["YES", "NO", "AMBIGUOUS"] as const;

/**
 * The question's resolution: YES / NO / AMBIGUOUS, or for multiple choice the option named in the
 * Resolution column, or the option whose rows say YES (Fatebook resolves options one by one).
 */
function resolutionOf(group: Group, errors: IssueList): PlannedQuestion["resolution"] {
  const C = FATEBOOK_COLUMNS;
  const cells = group.resolutionCells;
  if (cells.length === 0) return null;
  const question = group.question;
  const first = cells[0]!;
  const occurredAt = parseDate(first.resolvedAt);
  if (!occurredAt) {
    errors.add(first.row, C.resolvedAt, `a resolved question needs ${DATE_HELP}, found “${first.resolvedAt}”`);
    return null;
  }
  const upper = first.value.toUpperCase();
  if (question.type === "BINARY") {
    const outcome = FIXED.find((fixed) => fixed === upper);
    if (!outcome) {
      errors.add(first.row, C.resolution, `expected YES, NO or AMBIGUOUS, found “${first.value}”`);
      return null;
    }
    if (cells.some((cell) => cell.value.toUpperCase() !== upper)) {
      errors.add(first.row, C.resolution, "the rows of this question disagree on its resolution");
      return null;
    }
    return { outcome, occurredAt, row: first.row };
  }
  const named = question.options.findIndex((label) => label.toLowerCase() === first.value.toLowerCase());
  if (named >= 0) return { outcome: "OPTION", option: named, occurredAt, row: first.row };
  const yes = new Set(
    cells.filter((cell) => cell.value.toUpperCase() === "YES" && cell.option).map((cell) => cell.option.toLowerCase()),
  );
  if (yes.size === 1) {
    const option = question.options.findIndex((label) => label.toLowerCase() === [...yes][0]);
    return { outcome: "OPTION", option, occurredAt, row: first.row };
  }
  if (cells.every((cell) => cell.value.toUpperCase() === "AMBIGUOUS")) {
    return { outcome: "AMBIGUOUS", occurredAt, row: first.row };
  }
  if (yes.size === 0 && cells.every((cell) => cell.value.toUpperCase() === "NO")) {
    errors.add(first.row, C.resolution, "every option resolved NO: a multiple-choice question needs one that happened");
    return null;
  }
  errors.add(
    first.row,
    C.resolution,
    `expected one of the options, YES on one option, or AMBIGUOUS; found “${first.value}”`,
  );
  return null;
}
