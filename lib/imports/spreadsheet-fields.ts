// The fields of a spreadsheet import, in the order the column-mapping step shows them.
export const SPREADSHEET_FIELDS = [
  "question",
  "forecast",
  "forecastDate",
  "resolveBy",
  "resolution",
  "resolvedDate",
  "tags",
  "notes",
] as const;
export type SpreadsheetField = (typeof SPREADSHEET_FIELDS)[number];
export type ColumnMapping = Partial<Record<SpreadsheetField, string>>;
