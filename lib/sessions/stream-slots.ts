// Live session event streams each hold a connection and poll the database every second, so one
// account may keep only a few open at once (several tabs or screens are fine, hundreds are not).
// Counted per server process: a stream lives in the process that serves it.

export const MAX_EVENT_STREAMS_PER_USER = 5;
/** What a refused client is told to wait before trying again, in seconds. */
export const STREAM_RETRY_AFTER_SECONDS = 30;

const open = new Map<string, number>();

/**
 * Takes one of the user's stream slots, or returns null when all are in use. The returned
 * release function gives the slot back; calling it more than once is harmless.
 */
export function acquireStreamSlot(userId: string): (() => void) | null {
  const count = open.get(userId) ?? 0;
  if (count >= MAX_EVENT_STREAMS_PER_USER) return null;
  open.set(userId, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (open.get(userId) ?? 1) - 1;
    if (left <= 0) open.delete(userId);
    else open.set(userId, left);
  };
}

export function openStreamCount(userId: string): number {
  return open.get(userId) ?? 0;
}
