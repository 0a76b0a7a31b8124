// The one input of an import, shared by the /import page, its action, the API and the CLI.
import { z } from "zod";
import { recordId, text } from "../validation/common";
import { SPREADSHEET_FIELDS } from "./spreadsheet";

/** The largest file an import takes (characters of CSV text). */
export const MAX_IMPORT_CHARS = 32 * 1024 * 1024;

const columnName = (field: string) =>
  text(`mapping.${field}`)
    .trim()
    .min(1, { error: `mapping.${field} must name a column` })
    .max(200)
    .optional();

export const columnMapping = z
  .object(
    Object.fromEntries(SPREADSHEET_FIELDS.map((field) => [field, columnName(field)])) as Record<
      (typeof SPREADSHEET_FIELDS)[number],
      ReturnType<typeof columnName>
    >,
  )
  .strict();

export const importInput = z
  .object({
    format: z.enum(["fatebook-csv", "csv"], { error: "format must be fatebook-csv or csv" }),
    content: text("content", { error: "content is required: the CSV file's text" })
      .min(1, { error: "content is empty" })
      .max(MAX_IMPORT_CHARS, { error: `content must be at most ${MAX_IMPORT_CHARS / 1024 / 1024} MB` }),
    dryRun: z.boolean({ error: "dryRun must be true or false" }).default(true),
    /** The name your own forecasts carry in a Fatebook file; by default your account's name. */
    yourName: text("yourName").trim().min(1).max(200).optional(),
    /** Other people's forecasts: left out, or given to the account with exactly that name. */
    otherForecasters: z
      .enum(["skip", "match-by-name"], { error: "otherForecasters must be skip or match-by-name" })
      .default("skip"),
    /** Import into a team you belong to (members only see the questions); else public. */
    teamId: recordId("teamId").optional(),
    /** For format "csv": which column holds each field (guessed from the header when left out). */
    mapping: columnMapping.optional(),
  })
  .strict();

export type ImportInput = z.output<typeof importInput>;
