// Writing CSV that is safe to open in a spreadsheet. A cell that starts with =, +, -, @, a tab or
// a carriage return is read by Excel, LibreOffice and Google Sheets as a formula (CSV injection:
// `=HYPERLINK(...)` in a question title or a rationale). Such text cells get a leading apostrophe,
// which spreadsheets show as text and never evaluate; numbers are written as numbers, so a
// negative score stays a number.

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text value neutralised against formula injection. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: RFC 4180 quoting, text neutralised, numbers and dates as they are. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = value instanceof Date ? value.toISOString() : neutraliseText(String(value));
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: readonly unknown[]) => `${values.map(csvCell).join(",")}\r\n`;
