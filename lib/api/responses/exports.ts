// Forecast exports (GET /exports/forecasts): a CSV download, or one JSON document.
import { z } from "zod";
import { isoDateTime } from "./common";

export const exportedForecast = z.object({
  questionId: z.string(),
  question: z.string(),
  type: z.enum(["BINARY", "MULTIPLE_CHOICE"]),
  forecaster: z.string(),
  createdAt: isoDateTime,
  probability: z.number().nullable().describe("P(yes) for a yes/no question"),
  probabilities: z.record(z.string(), z.number()).nullable().describe("Probability by option label"),
  rationale: z.string().nullable(),
  resolution: z.string().nullable().describe("YES, NO, the option's label, AMBIGUOUS or ANNULLED"),
  resolvedOn: z.string().nullable(),
  timeAveragedBrier: z.number().nullable(),
  finalBrier: z.number().nullable(),
  relativeBrier: z.number().nullable(),
  logScore: z.number().nullable(),
});

export const forecastExportJson = z.object({
  format: z.literal("forecast-workbench/forecasts"),
  version: z.literal(1),
  exportedAt: isoDateTime,
  scope: z.object({ type: z.enum(["user", "question", "team"]), id: z.string() }),
  forecasts: z.array(exportedForecast),
});

export const forecastExportCsv = z
  .string()
  .describe(
    "A header row, then one row per forecast; text cells that start with = + - @ tab or CR are prefixed with an apostrophe",
  );
