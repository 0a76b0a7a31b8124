// One HTTP POST of a delivery: signed, bounded in time, never following redirects, connecting
// only through the guarded lookup (./url-safety.ts).
import { createHmac } from "node:crypto";
import http from "node:http";
import https from "node:https";
import ipaddr from "ipaddr.js";
import { guardedLookup, isPublicAddress, UnsafeDestinationError } from "./url-safety";

export const DELIVERY_TIMEOUT_MS = 10_000;

export const signatureOf = (secret: string, body: string) =>
  `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;

export type SendResult = { statusCode: number | null; error: string | null };

export function postDelivery(options: {
  url: string;
  body: string;
  secret: string;
  event: string;
  deliveryId: string;
  allowPrivate: boolean;
  timeoutMs?: number;
}): Promise<SendResult> {
  const url = new URL(options.url);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // A literal address never goes through the lookup, so it is judged here.
  if (!options.allowPrivate && ipaddr.isValid(host) && !isPublicAddress(host)) {
    return Promise.resolve({ statusCode: null, error: `${host} is not a public address` });
  }
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = transport.request(
      url,
      {
        method: "POST",
        lookup: guardedLookup(options.allowPrivate),
        timeout: options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(options.body),
          "user-agent": "ForecastWorkbench-Webhooks/1",
          "x-workbench-event": options.event,
          "x-workbench-delivery": options.deliveryId,
          "x-workbench-signature": signatureOf(options.secret, options.body),
        },
      },
      (response) => {
        // The answer's body is not needed: drain it so the socket is released.
        response.resume();
        response.on("end", () => resolve({ statusCode: response.statusCode ?? null, error: null }));
        response.on("error", () => resolve({ statusCode: response.statusCode ?? null, error: null }));
      },
    );
    const timer = setTimeout(
      () => request.destroy(new Error(`no answer within ${(options.timeoutMs ?? DELIVERY_TIMEOUT_MS) / 1000} s`)),
      options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
    );
    request.on("timeout", () => request.destroy(new Error("the connection went quiet")));
    request.on("error", (error) => {
      clearTimeout(timer);
      const refused = error instanceof UnsafeDestinationError;
      resolve({ statusCode: null, error: (refused ? "refused: " : "") + error.message.slice(0, 500) });
    });
    request.on("close", () => clearTimeout(timer));
    request.end(options.body);
  });
}
