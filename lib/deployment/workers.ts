// How many server processes `npm start` runs (WEB_CONCURRENCY). Everything shared lives in the
// database (sessions, rate limits, live-session versions), so processes need no coordination.
// SQLite has one writer at a time, so more processes only add lock waits: one is the default.
// PostgreSQL writes in parallel, so there the default is one per core, up to four.
export class WorkerCountError extends Error {}

export const MAX_WEB_CONCURRENCY = 32;

export function webConcurrency(provider: "sqlite" | "postgresql", raw: string | undefined, cores: number): number {
  const value = raw?.trim() ?? "";
  if (value === "") return provider === "sqlite" ? 1 : Math.max(1, Math.min(cores, 4));
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > MAX_WEB_CONCURRENCY) {
    throw new WorkerCountError(
      `WEB_CONCURRENCY "${value}" must be a whole number of server processes from 1 to ${MAX_WEB_CONCURRENCY}`,
    );
  }
  return Number(value);
}
