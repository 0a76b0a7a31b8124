// Server-sent events for a live session: one "version" event whenever anything changes. The
// stream polls one indexed row, so it works the same with several server processes. Each account
// may hold MAX_EVENT_STREAMS_PER_USER streams at once (per process); more get 429 with Retry-After,
// and a slot frees as soon as its stream closes, is cancelled or its client goes away.
import { AppError } from "@/lib/errors";
import { signedInApiRoute } from "@/lib/http/api-route";
import { sessionIdParam } from "@/lib/sessions/schemas";
import { sessionVersion } from "@/lib/sessions/sessions";
import { acquireStreamSlot, MAX_EVENT_STREAMS_PER_USER, STREAM_RETRY_AFTER_SECONDS } from "@/lib/sessions/stream-slots";
import { parseInput } from "@/lib/validation/parse";

const POLL_MS = 1000;
const KEEPALIVE_MS = 15_000;

export const dynamic = "force-dynamic";

export const GET = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(sessionIdParam, params);
  // Access first: a non-member gets 404 and takes no slot.
  let last = await sessionVersion(db, viewer, id);
  const release = acquireStreamSlot(viewer.userId);
  if (!release) {
    const error = new AppError(
      "rate_limited",
      `You already have ${MAX_EVENT_STREAMS_PER_USER} live event streams open (the most one account may hold); close one, or try again in ${STREAM_RETRY_AFTER_SECONDS} s`,
    );
    error.retryAfterSeconds = STREAM_RETRY_AFTER_SECONDS;
    throw error;
  }
  const encoder = new TextEncoder();
  let stop = release;
  const stream = new ReadableStream({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      send(`retry: 2000\nevent: version\ndata: ${JSON.stringify(last)}\n\n`);
      let sinceKeepalive = 0;
      /** Ends the stream once, whatever ends it: the client leaving, a cancel, or a failed poll. */
      stop = () => {
        clearInterval(timer);
        release();
        request.signal.removeEventListener("abort", onAbort);
      };
      const onAbort = () => {
        stop();
        try {
          controller.close();
        } catch {}
      };
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
          onAbort();
        }
      }, POLL_MS);
      if (request.signal.aborted) onAbort();
      else request.signal.addEventListener("abort", onAbort);
    },
    cancel() {
      stop();
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
