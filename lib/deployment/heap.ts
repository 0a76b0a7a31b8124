// How much JavaScript heap each server process may use (SERVER_HEAP_MB). Without a limit V8
// sizes the heap from the machine's memory and collects garbage late: on a 24 GB machine a
// server that needs under 250 MB grew to 670 MB during a burst of writes. A limit makes it
// collect sooner (the same run peaked near 300 MB with 512) while leaving room for the largest
// work a request does (a 100,000-row import peaks near 220 MB of heap).
export class ServerHeapError extends Error {}

export const DEFAULT_SERVER_HEAP_MB = 512;
const MIN_SERVER_HEAP_MB = 256;
const MAX_SERVER_HEAP_MB = 65_536;

export function serverHeapMb(raw: string | undefined): number {
  const value = raw?.trim() ?? "";
  if (value === "") return DEFAULT_SERVER_HEAP_MB;
  const megabytes = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(megabytes >= MIN_SERVER_HEAP_MB && megabytes <= MAX_SERVER_HEAP_MB)) {
    throw new ServerHeapError(
      `SERVER_HEAP_MB "${value}" must be a whole number of megabytes from ${MIN_SERVER_HEAP_MB} to ${MAX_SERVER_HEAP_MB}`,
    );
  }
  return megabytes;
}
