// The webhook dispatcher: fans out new outbox events, then sends the deliveries that are due,
// retrying failures with exponential backoff. Every bit of state is in the database (a
// delivery's attempts, next attempt and lock), so a restart resumes where the last process
// stopped, and several processes can run it at once: a delivery is claimed with one atomic
// conditional update before it is sent.
import type { Db } from "../db/client";
import { onOutboxKick } from "../outbox/kick";
import type { WebhookFormat } from "./events";
import { fanOutNotifications } from "../notifications/fan-out";
import { fanOutPendingEvents } from "./fan-out";
import { renderDeliveryBody } from "./render";
import { DELIVERY_TIMEOUT_MS, postDelivery } from "./send";
import { privateNetworksAllowed } from "./url-safety";

/** Waits after the 1st, 2nd, … failed attempt; after the last attempt the delivery has failed. */
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 3_600_000, 6 * 3_600_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
export const POLL_INTERVAL_MS = 3_000;
const DELIVERY_BATCH = 20;
const PARALLEL_SENDS = 5;

export type DispatcherOptions = {
  timeoutMs?: number;
  /** Read on every attempt, so tests and operators can change it without a new dispatcher. */
  allowPrivateNetworks?: () => boolean;
};

export type Dispatcher = {
  /** One pass: fan out, send what is due at `now`, then write the in-app notifications. */
  runOnce(now?: Date): Promise<{ fannedOut: number; attempted: number; notified: number }>;
  /** Polls every `intervalMs`, and soon after this process writes an outbox event. */
  start(intervalMs?: number): void;
  stop(): void;
};

export const isSuccess = (statusCode: number | null) => statusCode !== null && statusCode >= 200 && statusCode < 300;

export function createWebhookDispatcher(db: Db, options: DispatcherOptions = {}): Dispatcher {
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const allowPrivate = options.allowPrivateNetworks ?? (() => privateNetworksAllowed());
  // A claim outlives the longest send, so another process never takes over a live attempt.
  const lockMs = timeoutMs + 30_000;

  async function attempt(deliveryId: string, now: Date): Promise<boolean> {
    const claimed = await db.webhookDelivery.updateMany({
      where: {
        id: deliveryId,
        status: "pending",
        nextAttemptAt: { lte: now },
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      },
      data: { lockedUntil: new Date(now.getTime() + lockMs) },
    });
    if (claimed.count === 0) return false;
    // A webhook deleted meanwhile takes its deliveries with it: nothing left to send or record.
    const delivery = await db.webhookDelivery.findUnique({
      where: { id: deliveryId },
      select: {
        id: true,
        attempts: true,
        event: { select: { type: true, payload: true, occurredAt: true } },
        webhook: { select: { url: true, secret: true, format: true } },
      },
    });
    if (!delivery) return false;
    let result: { statusCode: number | null; error: string | null };
    try {
      const body = await renderDeliveryBody(db, delivery, delivery.webhook.format as WebhookFormat);
      result = await postDelivery({
        url: delivery.webhook.url,
        body,
        secret: delivery.webhook.secret,
        event: delivery.event.type,
        deliveryId: delivery.id,
        allowPrivate: allowPrivate(),
        timeoutMs,
      });
    } catch (error) {
      result = { statusCode: null, error: (error as Error).message.slice(0, 500) };
    }
    const attempts = delivery.attempts + 1;
    const finishedAt = new Date(Math.max(Date.now(), now.getTime()));
    if (isSuccess(result.statusCode)) {
      await db.webhookDelivery.updateMany({
        where: { id: delivery.id },
        data: {
          status: "delivered",
          attempts,
          deliveredAt: finishedAt,
          lastStatusCode: result.statusCode,
          lastError: null,
          lockedUntil: null,
        },
      });
      return true;
    }
    const delay = RETRY_DELAYS_MS[attempts - 1];
    await db.webhookDelivery.updateMany({
      where: { id: delivery.id },
      data: {
        status: delay === undefined ? "failed" : "pending",
        attempts,
        nextAttemptAt: delay === undefined ? now : new Date(now.getTime() + delay),
        lastStatusCode: result.statusCode,
        lastError: result.error ?? `the receiver answered ${result.statusCode}`,
        lockedUntil: null,
      },
    });
    return true;
  }

  async function deliverDue(now: Date): Promise<number> {
    const due = await db.webhookDelivery.findMany({
      where: {
        status: "pending",
        nextAttemptAt: { lte: now },
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      },
      orderBy: { nextAttemptAt: "asc" },
      take: DELIVERY_BATCH,
      select: { id: true },
    });
    let attempted = 0;
    for (let i = 0; i < due.length; i += PARALLEL_SENDS) {
      const results = await Promise.all(due.slice(i, i + PARALLEL_SENDS).map((row) => attempt(row.id, now)));
      attempted += results.filter(Boolean).length;
    }
    return attempted;
  }

  async function runOnce(now = new Date()) {
    const fannedOut = await fanOutPendingEvents(db, now);
    const attempted = await deliverDue(now);
    // The inbox is the outbox's second consumer; the same loop (and its nudge) drives it.
    const notified = await fanOutNotifications(db, now);
    return { fannedOut, attempted, notified };
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;
  let again = false;
  const tick = () => {
    if (running) {
      again = true;
      return;
    }
    running = runOnce()
      .catch((error: unknown) => console.error("Webhook dispatcher pass failed:", (error as Error).message))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          tick();
        }
      });
  };

  return {
    runOnce,
    start(intervalMs = POLL_INTERVAL_MS) {
      if (timer) return;
      timer = setInterval(tick, intervalMs);
      timer.unref();
      onOutboxKick(tick);
      tick();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      onOutboxKick(undefined);
    },
  };
}
