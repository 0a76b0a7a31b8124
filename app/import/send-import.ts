// Sends an import to POST /api/v1/imports with upload progress (a large file takes a while to
// send). The API, not a server action, so the body may be as large as the import allows.
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

export function sendImport(
  request: ImportRequest,
  onUpload: (fraction: number) => void,
): Promise<{ ok: true; preview: ImportPreview } | { ok: false; failure: ImportFailure }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/imports");
    xhr.setRequestHeader("content-type", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onUpload(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // An answer that is not JSON is reported below as a failure.
      }
      if (xhr.status === 200 && body) return resolve({ ok: true, preview: body as ImportPreview });
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
