// Runs before every route: a fresh CSP nonce per request (Next.js reads it from the request's
// Content-Security-Policy header and stamps its scripts), the security headers on the response,
// and HSTS only when the browser is really on HTTPS.
import { NextResponse, type NextRequest } from "next/server";
import { requestOriginOf } from "@/lib/deployment/forwarded";
import {
  BASELINE_SECURITY_HEADERS,
  HSTS_HEADER,
  contentSecurityPolicy,
  newNonce,
} from "@/lib/security/content-security-policy";

export function proxy(request: NextRequest) {
  const https = (
    process.env.PUBLIC_URL ??
    process.env.BETTER_AUTH_URL ??
    requestOriginOf(request.headers) ??
    ""
  ).startsWith("https:");
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(BASELINE_SECURITY_HEADERS)) response.headers.set(name, value);
  if (https) response.headers.set("Strict-Transport-Security", HSTS_HEADER);
  return response;
}

export const config = {
  // Static build assets get the baseline headers from next.config.js; they need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
