// What an import found and would write (dry run) or wrote: the shape POST /api/v1/imports
// answers with and the /import page shows.
import type { RowIssue } from "./plan";
import type { ColumnMapping } from "./spreadsheet";

export type QuestionPreview = {
  row: number;
  title: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  options: string[];
  resolution: string | null;
  forecasts: number;
  newForecasts: number;
  status: "new" | "existing";
  questionId: string | null;
};

/** Our score of the importer on a resolved question beside the figure the file reports. */
export type ScoreComparison = {
  row: number;
  title: string;
  reportedBrier: number | null;
  reportedRelativeBrier: number | null;
  timeAveragedBrier: number | null;
  finalBrier: number | null;
  relativeBrier: number | null;
  /** The reported Brier and our time-averaged Brier differ by more than 0.001 (or ours is missing). */
  differs: boolean;
};

export type ImportPreview = {
  format: "fatebook-csv" | "csv";
  dryRun: boolean;
  committed: boolean;
  rows: number;
  columns: string[];
  mapping: ColumnMapping | null;
  questions: { total: number; new: number; existing: number; items: QuestionPreview[] };
  forecasts: { total: number; new: number; alreadyImported: number; skipped: number };
  resolutions: { total: number; new: number; alreadyImported: number; conflicting: number };
  forecasters: { you: string; matched: string[]; skipped: { name: string; forecasts: number; reason: string }[] };
  scores: ScoreComparison[];
  errors: RowIssue[];
  errorCount: number;
  warnings: RowIssue[];
};

/** Questions listed in a preview; the counts cover them all. */
export const MAX_LISTED_QUESTIONS = 500;
