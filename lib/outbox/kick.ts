// Consumers of the outbox poll it; a process that has just written an event also nudges its own
// consumers, so an event written here goes out within moments rather than at the next poll.
// The nudge is deferred: it is issued inside the writing transaction, which must commit first
// (if it has not yet, the consumer finds nothing and the next poll picks the event up).
const KICK_DELAY_MS = 50;

type Holder = { workbenchOutboxKick?: () => void };

/** Route modules and the server script are separate module graphs: they meet on globalThis. */
export function onOutboxKick(listener: (() => void) | undefined) {
  (globalThis as Holder).workbenchOutboxKick = listener;
}

export function kickOutboxConsumers() {
  const listener = (globalThis as Holder).workbenchOutboxKick;
  if (listener) setTimeout(listener, KICK_DELAY_MS).unref?.();
}
