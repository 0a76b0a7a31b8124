// The server edge rewrites forwarding headers before the app sees them, because Next.js passes a
// client's own X-Forwarded-For / -Proto / -Host through untouched: anyone could pick the address
// a rate limit keys on, or claim HTTPS. After the edge, those three headers say what this server
// believes: the client's address (from the socket, or from a configured proxy), the protocol the
// browser used, and the host it asked for. Requests that did not pass the edge are not believed.

export const EDGE_MARK_HEADER = "x-workbench-edge";

type HeaderBag = Record<string, string | string[] | undefined>;

export type Forwarding = { clientIp: string; proto: "http" | "https"; host: string | null };

function lastValue(value: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(value) ? value.join(",") : value;
  return joined
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
}

const HOST_PATTERN = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

export function normalizeAddress(address: string | undefined): string {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}

/** What to believe about a request that reached the socket from `socketAddress`. */
export function resolveForwarding(
  headers: HeaderBag,
  socketAddress: string | undefined,
  trustedHops: number,
): Forwarding {
  const hostHeader = lastValue(headers.host);
  const ownHost = hostHeader && HOST_PATTERN.test(hostHeader) ? hostHeader : null;
  const socket = normalizeAddress(socketAddress);
  if (trustedHops <= 0) return { clientIp: socket, proto: "http", host: ownHost };

  const forwardedFor = (
    Array.isArray(headers["x-forwarded-for"])
      ? headers["x-forwarded-for"].join(",")
      : (headers["x-forwarded-for"] ?? "")
  )
    .split(",")
    .map((part) => normalizeAddress(part.trim()))
    .filter((part) => part !== "unknown" && part !== "");
  // Each trusted proxy appended the address it saw; the client is the entry the outermost trusted
  // proxy recorded. Entries further left were written by the client and are ignored.
  const chain = [...forwardedFor, socket];
  const clientIp = chain[Math.max(0, chain.length - 1 - trustedHops)] ?? socket;
  const proto = lastValue(headers["x-forwarded-proto"])?.toLowerCase() === "https" ? "https" : "http";
  const forwardedHost = lastValue(headers["x-forwarded-host"]);
  const host = forwardedHost && HOST_PATTERN.test(forwardedHost) ? forwardedHost : ownHost;
  return { clientIp, proto, host };
}

/** A per-process secret the edge stamps on requests it rewrote (the app runs in the same process). */
export function edgeMark(): string {
  const holder = globalThis as unknown as { workbenchEdgeMark?: string };
  holder.workbenchEdgeMark ??= crypto.randomUUID();
  return holder.workbenchEdgeMark;
}

/** Rewrites the forwarding headers of an incoming request in place. */
export function applyForwarding(headers: HeaderBag, forwarding: Forwarding): void {
  headers["x-forwarded-for"] = forwarding.clientIp;
  headers["x-forwarded-proto"] = forwarding.proto;
  if (forwarding.host) headers["x-forwarded-host"] = forwarding.host;
  else delete headers["x-forwarded-host"];
  delete headers.forwarded;
  delete headers["x-real-ip"];
  headers[EDGE_MARK_HEADER] = edgeMark();
}

type ReadableHeaders = { get(name: string): string | null };

function passedEdge(headers: ReadableHeaders): boolean {
  const holder = globalThis as unknown as { workbenchEdgeMark?: string };
  return Boolean(holder.workbenchEdgeMark) && headers.get(EDGE_MARK_HEADER) === holder.workbenchEdgeMark;
}

/** The client's address as the edge established it; "unknown" for requests that skipped it. */
export function clientIpOf(headers: ReadableHeaders): string {
  return passedEdge(headers) ? (headers.get("x-forwarded-for") ?? "unknown") : "unknown";
}

/** The origin the browser used for this request (scheme://host[:port]), or null if unknown. */
export function requestOriginOf(headers: ReadableHeaders, requestUrl?: string): string | null {
  if (passedEdge(headers)) {
    const host = headers.get("x-forwarded-host") ?? headers.get("host");
    return host ? `${headers.get("x-forwarded-proto") === "https" ? "https" : "http"}://${host}` : null;
  }
  const host = headers.get("host");
  if (host && HOST_PATTERN.test(host)) return `http://${host}`;
  if (requestUrl) {
    try {
      return new URL(requestUrl).origin;
    } catch {
      return null;
    }
  }
  return null;
}
