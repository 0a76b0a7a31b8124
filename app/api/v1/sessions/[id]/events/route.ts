// Server-sent events for a live session: one "version" event whenever anything changes. The
// stream polls one indexed row, so it works the same with several server processes.
import { signedInApiRoute } from "@/lib/http/api-route";
import { sessionIdParam } from "@/lib/sessions/schemas";
import { sessionVersion } from "@/lib/sessions/sessions";
import { parseInput } from "@/lib/validation/parse";

const POLL_MS = 1000;
const KEEPALIVE_MS = 15_000;

export const dynamic = "force-dynamic";

export const GET = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(sessionIdParam, params);
  let last = await sessionVersion(db, viewer, id);
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      send(`retry: 2000\nevent: version\ndata: ${JSON.stringify(last)}\n\n`);
      let sinceKeepalive = 0;
      const timer = setInterval(async () => {
        try {
          const now = await sessionVersion(db, viewer, id);
          if (now.version !== last.version) {
            last = now;
            send(`event: version\ndata: ${JSON.stringify(now)}\n\n`);
          }
          sinceKeepalive += POLL_MS;
          if (sinceKeepalive >= KEEPALIVE_MS) {
            sinceKeepalive = 0;
            send(": keep-alive\n\n");
          }
        } catch {
          clearInterval(timer);
          controller.close();
        }
      }, POLL_MS);
      request.signal.addEventListener("abort", () => {
        clearInterval(timer);
        try {
          controller.close();
        } catch {}
      });
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
    },
  });
});
