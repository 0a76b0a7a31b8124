// What a file says, before it meets the database: questions with their options, resolution and
// forecasts, in the workbench's own shapes, plus every problem found, by row and column.
// Fatebook's and the spreadsheet reader both produce this; lib/imports/apply.ts matches it
// against what is stored and writes it.

export type RowIssue = { row: number; column: string; message: string };

export type PlannedResolution =
  | { outcome: "YES" | "NO" | "AMBIGUOUS"; occurredAt: Date; row: number }
  | { outcome: "OPTION"; option: number; occurredAt: Date; row: number };

export type PlannedForecast = {
  row: number;
  /** The forecaster's name as the file gives it; null for "the person importing" (spreadsheets). */
  forecaster: string | null;
  createdAt: Date;
  /** [P(yes)] for yes/no, one per option (summing to 1) otherwise. */
  probs: number[];
};

/** The importing person's own score as the other tool computed it, to compare with ours. */
export type ReportedScore = { row: number; brier: number | null; relativeBrier: number | null };

export type PlannedQuestion = {
  row: number;
  title: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  options: string[];
  /** When the question was created in the other tool; with its title and creator, its identity here. */
  createdAt: Date;
  resolveBy: Date;
  description: string;
  themes: string[];
  /** The other tool kept it private (not shared publicly). */
  wasPrivate: boolean;
  resolution: PlannedResolution | null;
  forecasts: PlannedForecast[];
  reportedScore: ReportedScore | null;
};

export type ImportPlan = {
  questions: PlannedQuestion[];
  rows: number;
  errors: RowIssue[];
  /** All errors, listed or not. */
  errorCount: number;
  warnings: RowIssue[];
};

/** Errors and warnings beyond this many are counted, not listed. */
export const MAX_LISTED_ISSUES = 200;

export class IssueList {
  readonly items: RowIssue[] = [];
  count = 0;
  add(row: number, column: string, message: string) {
    this.count += 1;
    if (this.items.length < MAX_LISTED_ISSUES) this.items.push({ row, column, message });
  }
}
