// Reading a CSV file the way spreadsheets and Fatebook write them: an optional byte-order mark,
// quoted fields with embedded commas, quotes and newlines, and either `,` or `;` between fields
// (spreadsheets in locales with a decimal comma use `;`). Rows are numbered as a spreadsheet
// shows them: the header is row 1, so an error names the row a person can find.
import { parse } from "csv-parse";
import { AppError } from "../errors";

export type CsvRow = { row: number; cells: Record<string, string> };
export type CsvTable = { header: string[]; rows: AsyncIterable<CsvRow> };

/** `;` when the header line has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(content: string): "," | ";" {
  const firstLine = firstRecordLine(content.replace(/^\uFEFF/, ""));
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ",") commas += 1;
    else if (!quoted && char === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

function firstRecordLine(content: string): string {
  const end = content.search(/\r?\n/);
  return end === -1 ? content : content.slice(0, end);
}

/**
 * The header and an async stream of the data rows, parsed one record at a time (csv-parse's
 * streaming parser), so a large file is never held as a whole array of records. A malformed
 * file (an unclosed quote, a row with more cells than the header) raises a 400 naming the row.
 */
export async function readCsv(content: string): Promise<CsvTable> {
  const parser = parse({
    bom: true,
    delimiter: detectDelimiter(content),
    relax_column_count_less: true,
    skip_empty_lines: true,
    info: true,
  });
  // Feed the text in slices so the parser never holds a second whole copy of it.
  const SLICE = 64 * 1024;
  queueMicrotask(() => {
    let offset = 0;
    const feed = () => {
      while (offset < content.length) {
        const ok = parser.write(content.slice(offset, offset + SLICE));
        offset += SLICE;
        if (!ok) {
          parser.once("drain", feed);
          return;
        }
      }
      parser.end();
    };
    feed();
  });
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { records: number } }>;
  const first = await nextRecord(iterator);
  if (!first) throw new AppError("bad_request", "content: the file is empty", [{ path: "content", message: "empty" }]);
  const header = first.record.map((name) => name.trim());
  if (header.every((name) => name === "")) {
    throw new AppError("bad_request", "content: the first row must name the columns", [
      { path: "content", message: "no header row" },
    ]);
  }
  return {
    header,
    rows: {
      async *[Symbol.asyncIterator]() {
        for (let next = await nextRecord(iterator); next; next = await nextRecord(iterator)) {
          const cells: Record<string, string> = {};
          header.forEach((name, index) => {
            if (name) cells[name] = next!.record[index] ?? "";
          });
          yield { row: next.info.records, cells };
        }
      },
    },
  };
}

async function nextRecord(iterator: AsyncIterator<{ record: string[]; info: { records: number } }>) {
  try {
    const result = await iterator.next();
    return result.done ? null : result.value;
  } catch (error) {
    const csvError = error as { code?: string; records?: number; lines?: number; message?: string };
    const row = typeof csvError.records === "number" ? csvError.records + 1 : undefined;
    const reason = csvError.code === "CSV_QUOTE_NOT_CLOSED" ? "a quoted field is never closed" : csvError.message;
    const message = `content: row ${row ?? "?"} cannot be read as CSV: ${reason}`;
    throw new AppError("bad_request", message, [{ path: "content", message }]);
  }
}
