// Security headers, the CSP and the safe return path after signing in.
import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
// @ts-expect-error next.config.js is plain JavaScript without type declarations
import untypedNextConfig from "../../next.config.js";
import { safeReturnPath } from "../auth/schemas";
import { BASELINE_SECURITY_HEADERS, contentSecurityPolicy, newNonce } from "./content-security-policy";

const nextConfig = untypedNextConfig as NextConfig;

describe("content security policy", () => {
  it("allows scripts only with the response's nonce, and eval only in development", () => {
    const nonce = newNonce();
    const production = contentSecurityPolicy(nonce, { dev: false, https: false });
    expect(production).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(production).toContain("default-src 'self'");
    expect(production).toContain("frame-ancestors 'none'");
    expect(production).toContain("object-src 'none'");
    expect(production).not.toContain("unsafe-eval");
    expect(production).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy(nonce, { dev: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy(nonce, { dev: false, https: true })).toContain("upgrade-insecure-requests");
  });

  it("makes a fresh nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
  });

  it("gives static files the same baseline headers as pages (next.config.js)", async () => {
    const rules = await nextConfig.headers!();
    const headers = Object.fromEntries(rules[0]!.headers.map(({ key, value }) => [key, value]));
    expect(rules[0]!.source).toBe("/:path*");
    expect(headers).toEqual(BASELINE_SECURITY_HEADERS);
  });
});

describe("return path after signing in", () => {
  it.each([
    ["/questions?status=open", "/questions?status=open"],
    ["/me#calibration", "/me#calibration"],
    ["/\\evil.test", "/"],
    ["/\\/evil.test/", "/"],
    ["//evil.test", "/"],
    ["/\t/evil.test", "/"],
    ["https://evil.test", "/"],
    ["javascript:alert(1)", "/"],
    ["/%2F%2Fevil.test", "/%2F%2Fevil.test"],
    [undefined, "/"],
  ])("%j goes to %j", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
