// Turning exported rows into a streamed download: CSV (neutralised cells, lib/exports/csv.ts) or
// JSON (one document, written row by row).
import { csvLine } from "./csv";
import { EXPORT_COLUMNS, type ExportedForecast, type ForecastExport } from "./forecasts";

/** The cell of a column: a multiple-choice distribution reads "label=p; label=p". */
function cellOf(row: ExportedForecast, column: keyof ExportedForecast): unknown {
  if (column === "probabilities") {
    return row.probabilities
      ? Object.entries(row.probabilities)
          .map(([label, p]) => `${label}=${p}`)
          .join("; ")
      : null;
  }
  return row[column];
}

export async function* csvChunks(rows: AsyncIterable<ExportedForecast>): AsyncGenerator<string> {
  yield csvLine(EXPORT_COLUMNS);
  let chunk = "";
  for await (const row of rows) {
    chunk += csvLine(EXPORT_COLUMNS.map((column) => cellOf(row, column)));
    if (chunk.length > 64 * 1024) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

export async function* jsonChunks(exported: ForecastExport, exportedAt: Date): AsyncGenerator<string> {
  const head = {
    format: "forecast-workbench/forecasts",
    version: 1,
    exportedAt: exportedAt.toISOString(),
    scope: exported.target,
  };
  yield `${JSON.stringify(head).slice(0, -1)},"forecasts":[`;
  let first = true;
  for await (const row of exported.rows) {
    yield `${first ? "" : ","}\n${JSON.stringify(row)}`;
    first = false;
  }
  yield "\n]}\n";
}

/** An async sequence of text as a byte stream for a Response body. */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
