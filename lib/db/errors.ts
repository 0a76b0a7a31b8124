// Recognises kinds of database error among those Prisma throws (from either provider's client):
// "cannot be reached right now", so callers answer 503 (try again) instead of 500 (our fault),
// and a unique-constraint violation, the loser of a race for a row that must exist once.
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "ConnectionClosed",
  "SocketTimeout",
]);

/**
 * A transaction that could not start (or finish) in time because others held the database: the
 * request was not applied and may simply be retried.
 */
export function isDatabaseBusy(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2028";
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const candidate = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } } | null;
  if (typeof candidate?.code === "string" && UNAVAILABLE_CODES.has(candidate.code)) return true;
  const kind = candidate?.meta?.driverAdapterError?.cause?.kind;
  return typeof kind === "string" && UNAVAILABLE_KINDS.has(kind);
}

/** Prisma's unique-constraint error (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}
