// proxy.ts on real NextRequests: a fresh nonce per request in both the response's policy and the
// request's (where Next.js reads it), the baseline headers, and HSTS only when the browser is on HTTPS.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { proxy } from "../../proxy";
import { applyForwarding, resolveForwarding } from "../deployment/forwarded";

afterEach(() => {
  delete process.env.PUBLIC_URL;
});

function requestVia(proto: "http" | "https", trustedHops: number) {
  const headers: Record<string, string | string[] | undefined> = {
    host: "forecasts.internal:3000",
    "x-forwarded-proto": proto,
  };
  applyForwarding(headers, resolveForwarding(headers, "10.0.0.1", trustedHops));
  return new NextRequest("http://forecasts.internal:3000/questions", { headers: headers as Record<string, string> });
}

describe("proxy", () => {
  it("sets a new nonce-based policy on every response, with the baseline headers", () => {
    const first = proxy(requestVia("http", 0));
    const second = proxy(requestVia("http", 0));
    const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
    expect(nonceOf(first.headers.get("content-security-policy"))).toBeTruthy();
    expect(nonceOf(first.headers.get("content-security-policy"))).not.toBe(
      nonceOf(second.headers.get("content-security-policy")),
    );
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    // Next.js reads the policy from the forwarded request headers to stamp its scripts.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(
      first.headers.get("content-security-policy"),
    );
  });

  it("sends HSTS only under HTTPS: a trusted proxy's word or an https PUBLIC_URL, never a client's claim", () => {
    expect(proxy(requestVia("http", 0)).headers.get("strict-transport-security")).toBeNull();
    expect(proxy(requestVia("https", 0)).headers.get("strict-transport-security")).toBeNull();
    expect(proxy(requestVia("https", 1)).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    process.env.PUBLIC_URL = "https://forecasts.example.org";
    expect(proxy(requestVia("http", 0)).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });
});
