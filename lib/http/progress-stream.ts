// A long request that reports how far it has got. A client that sends
// `Accept: application/x-ndjson` gets a stream of JSON lines: `{"progress": …}` as the work goes
// on (a new phase at once, otherwise at most every PROGRESS_INTERVAL_MS), then one last line,
// `{"result": …}` or `{"error": {code, message, issues?}, "status": <the HTTP status it would
// have had>}`. The status line itself is 200, sent before the work starts. Other clients get the
// usual single JSON answer.
import { asAppError } from "./api-route";

export const NDJSON = "application/x-ndjson";
const PROGRESS_INTERVAL_MS = 250;

export function wantsProgressStream(request: Request): boolean {
  return (request.headers.get("accept") ?? "").toLowerCase().includes(NDJSON);
}

export function progressStream<P extends { phase: string }>(
  run: (report: (progress: P) => void) => Promise<unknown>,
): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      let lastPhase: string | null = null;
      let lastSent = 0;
      let lastLine = "";
      // The latest report held back by the interval: sent before a new phase or the end, so a
      // phase's final count is never lost.
      let held: P | null = null;
      const send = (progress: P) => {
        held = null;
        lastPhase = progress.phase;
        lastSent = Date.now();
        lastLine = JSON.stringify(progress);
        line({ progress });
      };
      const report = (progress: P) => {
        if (progress.phase === lastPhase && Date.now() - lastSent < PROGRESS_INTERVAL_MS) {
          held = progress;
          return;
        }
        if (held && held.phase !== progress.phase) send(held);
        send(progress);
      };
      const flush = () => {
        if (held && JSON.stringify(held) !== lastLine) send(held);
      };
      try {
        const result = await run(report);
        flush();
        line({ result });
      } catch (error) {
        flush();
        const failure = asAppError(error);
        line({
          error: {
            code: failure.code,
            message: failure.message,
            ...(failure.issues ? { issues: failure.issues } : {}),
          },
          status: failure.status,
        });
      }
      controller.close();
    },
  });
  return new Response(body, {
    headers: { "content-type": `${NDJSON}; charset=utf-8`, "cache-control": "no-store", "x-accel-buffering": "no" },
  });
}
