// Sends an import to POST /api/v1/imports with upload progress (a large file takes a while to
// send), then follows the server's progress lines (Accept: application/x-ndjson) until the
// result. The API, not a server action, so the body may be as large as the import allows.
import type { ImportProgress } from "@/lib/imports/import";
import type { ImportPreview } from "@/lib/imports/preview";

export type ImportRequest = {
  format: "fatebook-csv" | "csv";
  content: string;
  dryRun: boolean;
  yourName?: string;
  otherForecasters: "skip" | "match-by-name";
  teamId?: string;
  mapping?: Record<string, string>;
};

export type ImportFailure = { message: string; issues: { path: string; message: string }[] };

type StreamLine = { progress?: ImportProgress; result?: ImportPreview; error?: ImportFailure; status?: number };

function parseLine(text: string): StreamLine | null {
  try {
    return JSON.parse(text) as StreamLine;
  } catch {
    return null;
  }
}

export function sendImport(
  request: ImportRequest,
  onUpload: (fraction: number) => void,
  onServerProgress: (progress: ImportProgress) => void,
): Promise<{ ok: true; preview: ImportPreview } | { ok: false; failure: ImportFailure }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/imports");
    xhr.setRequestHeader("content-type", "application/json");
    xhr.setRequestHeader("accept", "application/x-ndjson, application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onUpload(event.loaded / event.total);
    };
    let read = 0;
    let last: StreamLine | null = null;
    const readLines = () => {
      const streamed = xhr.getResponseHeader("content-type")?.includes("application/x-ndjson");
      if (!streamed) return;
      const text = xhr.responseText;
      let end = text.indexOf("\n", read);
      while (end !== -1) {
        const line = parseLine(text.slice(read, end));
        read = end + 1;
        if (line?.progress) onServerProgress(line.progress);
        else if (line) last = line;
        end = text.indexOf("\n", read);
      }
    };
    xhr.onprogress = readLines;
    xhr.onload = () => {
      readLines();
      let body: unknown = last;
      if (!xhr.getResponseHeader("content-type")?.includes("application/x-ndjson")) {
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          // An answer that is not JSON is reported below as a failure.
        }
      }
      if (last?.result) return resolve({ ok: true, preview: last.result });
      if (xhr.status === 200 && body && !last) return resolve({ ok: true, preview: body as ImportPreview });
      const error = (body as { error?: ImportFailure } | null)?.error;
      resolve({
        ok: false,
        failure: {
          message: error?.message ?? `The server answered ${xhr.status}; nothing was imported.`,
          issues: error?.issues ?? [],
        },
      });
    };
    xhr.onerror = () =>
      resolve({ ok: false, failure: { message: "Could not reach the server; nothing was imported.", issues: [] } });
    xhr.send(JSON.stringify(request));
  });
}
