// Timed requests against the running server. A request counts as done when its whole body has
// arrived; anything but the expected status fails the bench (a fast error page measures nothing).
import { performance } from "node:perf_hooks";

export type Credentials = { cookie: string; apiKey: string };

export type Probe = { name: string; path: string; auth: "cookie" | "bearer" | "none" };

export async function timedRequest(
  base: string,
  path: string,
  init: RequestInit & { expect?: number } = {},
): Promise<{ ms: number; status: number; body: string }> {
  const start = performance.now();
  const response = await fetch(`${base}${path}`, { redirect: "manual", ...init });
  const body = await response.text();
  const ms = performance.now() - start;
  const expected = init.expect ?? 200;
  if (response.status !== expected) {
    throw new Error(
      `${init.method ?? "GET"} ${path}: expected ${expected}, got ${response.status}: ${body.slice(0, 300)}`,
    );
  }
  return { ms, status: response.status, body };
}

export function headersFor(probe: Pick<Probe, "auth">, credentials: Credentials): Record<string, string> {
  if (probe.auth === "cookie") return { cookie: credentials.cookie };
  if (probe.auth === "bearer") return { authorization: `Bearer ${credentials.apiKey}` };
  return {};
}

/** Signs in through better-auth's email endpoint and returns the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((entry) => entry.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error("sign-in returned no session cookie");
  return cookie;
}
