// Where a webhook may send: http(s) to public addresses only, unless the operator allows private
// networks (WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true, for intranet chat servers). The host name is
// resolved and every address checked when the webhook is created and again on every connection
// (the guarded lookup below is the one the request connects with), so a name that later resolves
// to 127.0.0.1 or a cloud metadata address (DNS rebinding) is refused at delivery too.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { AppError } from "../errors";

export class WebhooksConfigError extends Error {}

/** Reads WEBHOOKS_ALLOW_PRIVATE_NETWORKS; scripts/start.ts refuses anything but true/false. */
export function privateNetworksAllowed(raw: string | undefined = process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS): boolean {
  const value = raw?.trim().toLowerCase() ?? "";
  if (value === "" || value === "false" || value === "no") return false;
  if (value === "true" || value === "yes") return true;
  throw new WebhooksConfigError(`WEBHOOKS_ALLOW_PRIVATE_NETWORKS "${raw}" must be true or false`);
}

/**
 * Only globally routed unicast addresses: ipaddr.js classifies loopback, private (RFC 1918),
 * link-local (169.254/16, where cloud metadata lives; fe80::/10), unique-local (fc00::/7),
 * carrier-grade NAT, multicast, reserved and the rest; IPv4-mapped IPv6 is judged as IPv4.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}

export class UnsafeDestinationError extends Error {}

/** A dns.lookup that refuses (as a connection error) any host resolving to a non-public address. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error);
      const refused = allowPrivate ? undefined : addresses.find((entry) => !isPublicAddress(entry.address));
      if (refused || addresses.length === 0) {
        return callback(
          new UnsafeDestinationError(
            refused
              ? `${hostname} resolves to a non-public address (${refused.address})`
              : `${hostname} has no address`,
          ),
        );
      }
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  }) as LookupFunction;
}

const urlError = (message: string) => new AppError("bad_request", `url: ${message}`, [{ path: "url", message }]);

/** The checks a webhook URL must pass when it is saved: scheme, and every address its host resolves to. */
export async function checkWebhookUrl(raw: string, allowPrivate = privateNetworksAllowed()): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw urlError("must be an absolute http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw urlError("must start with http:// or https://");
  if (url.username || url.password) throw urlError("must not carry a user name or password");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(host) ? [host] : await resolveAll(host);
  } catch {
    throw urlError(`the host ${host} does not resolve`);
  }
  if (!allowPrivate) {
    const refused = addresses.find((address) => !isPublicAddress(address));
    if (refused) {
      throw urlError(
        `${host} is a loopback, private, link-local or otherwise non-public address (${refused}); an administrator can allow private networks with WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true`,
      );
    }
  }
  return url;
}

function resolveAll(host: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((entry) => entry.address)),
    ),
  );
}
