// The import preview (POST /imports): what a file holds, what is new, what cannot be stored
// (by row and column), and our scores beside the file's own (lib/imports/preview.ts).
import { z } from "zod";
import { questionType } from "./common";

const rowIssue = z.object({
  row: z.number().int().describe("The spreadsheet row: the header is row 1"),
  column: z.string(),
  message: z.string(),
});

const columnMapping = z.object({
  question: z.string().optional(),
  forecast: z.string().optional(),
  forecastDate: z.string().optional(),
  resolveBy: z.string().optional(),
  resolution: z.string().optional(),
  resolvedDate: z.string().optional(),
  tags: z.string().optional(),
  notes: z.string().optional(),
});

export const importPreview = z.object({
  format: z.enum(["fatebook-csv", "csv"]),
  dryRun: z.boolean(),
  committed: z.boolean().describe("True when everything was written (in one transaction)"),
  rows: z.number().int().describe("Data rows read"),
  columns: z.array(z.string()).describe("The header row"),
  mapping: columnMapping.nullable().describe("For csv: the column of each field (guessed, then as given)"),
  questions: z.object({
    total: z.number().int(),
    new: z.number().int(),
    existing: z.number().int().describe("Imported before: only what is new is added"),
    items: z
      .array(
        z.object({
          row: z.number().int(),
          title: z.string(),
          type: questionType,
          options: z.array(z.string()),
          resolution: z.string().nullable(),
          forecasts: z.number().int(),
          newForecasts: z.number().int(),
          status: z.enum(["new", "existing"]),
          questionId: z.string().nullable(),
        }),
      )
      .describe("The first 500 questions"),
  }),
  forecasts: z.object({
    total: z.number().int(),
    new: z.number().int(),
    alreadyImported: z.number().int(),
    skipped: z.number().int().describe("Other people's forecasts left out"),
  }),
  resolutions: z.object({
    total: z.number().int(),
    new: z.number().int(),
    alreadyImported: z.number().int(),
    conflicting: z.number().int().describe("Resolved differently here: the stored resolution is kept"),
  }),
  forecasters: z.object({
    you: z.string().describe("The name in the file taken to be you"),
    matched: z.array(z.string()),
    skipped: z.array(z.object({ name: z.string(), forecasts: z.number().int(), reason: z.string() })),
  }),
  scores: z.array(
    z.object({
      row: z.number().int(),
      title: z.string(),
      reportedBrier: z.number().nullable(),
      reportedRelativeBrier: z.number().nullable(),
      timeAveragedBrier: z.number().nullable(),
      finalBrier: z.number().nullable(),
      relativeBrier: z.number().nullable(),
      differs: z.boolean(),
    }),
  ),
  errors: z.array(rowIssue).describe("The first 200 problems; nothing is written while there is one"),
  errorCount: z.number().int(),
  warnings: z.array(rowIssue),
});

export const importProgressStream = z
  .string()
  .describe(
    'Sent instead of the JSON preview when the request says `Accept: application/x-ndjson`: one JSON object per line, `{"progress": {"phase": "reading|checking|writing|finishing", "done": <int>, "total": <int|null>}}` as the import goes on (rows read, questions checked, forecasts written, questions finished), then `{"result": <the preview>}` or `{"error": {"code", "message", "issues"?}, "status": <the HTTP status it would have had>}`',
  );
