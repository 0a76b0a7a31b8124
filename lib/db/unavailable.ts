// Recognises "the database cannot be reached right now" among the errors Prisma throws, so
// callers can answer 503 (try again) instead of 500 (our fault).
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "ConnectionClosed",
  "SocketTimeout",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const candidate = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } } | null;
  if (typeof candidate?.code === "string" && UNAVAILABLE_CODES.has(candidate.code)) return true;
  const kind = candidate?.meta?.driverAdapterError?.cause?.kind;
  return typeof kind === "string" && UNAVAILABLE_KINDS.has(kind);
}
