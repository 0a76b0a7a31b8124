// The API's guards on a real SQLite file, through the real route handlers: cross-site writes with
// a browser cookie are refused, JSON endpoints refuse other types, bodies stop at their cap, rate
// limits hold across processes, sign-in guessing is throttled whatever X-Forwarded-For says, the
// first administrator is claimed once, and a failure at start-up is not remembered.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { createAuth } from "@/lib/auth/auth";
import { createDb } from "@/lib/db/client";
import { readDeploymentConfig } from "@/lib/deployment/config";
import { applyForwarding, resolveForwarding } from "@/lib/deployment/forwarded";
import { createQuestion } from "@/lib/questions/create";
import { countHit, rateRules } from "@/lib/security/rate-limit";
import { seedDatabase } from "@/lib/seed/load";
import { createTestDb, type TestDb } from "../support/test-db";
import { checked, cookieOf } from "../support/api-client";

let handle: TestDb;
let postForecast: typeof import("@/app/api/v1/questions/[id]/forecasts/route").POST;
let postTeam: typeof import("@/app/api/v1/teams/route").POST;
let authRoute: typeof import("@/app/api/auth/[...all]/route").POST;
let apiKey: string;
let cookie: string;
let openQuestionId: string;

const ORIGIN = "http://test";

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  // Every /api/v1 response is checked against the OpenAPI document as it comes back.
  postForecast = checked((await import("@/app/api/v1/questions/[id]/forecasts/route")).POST);
  postTeam = checked((await import("@/app/api/v1/teams/route")).POST);
  authRoute = (await import("@/app/api/auth/[...all]/route")).POST;

  const signUp = await authRoute(
    new Request(`${ORIGIN}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ email: "analyst@example.org", name: "Analyst", password: "correct horse battery" }),
    }),
  );
  expect(signUp.status).toBe(200);
  cookie = cookieOf(signUp);
  expect(cookie).toContain("better-auth.session_token=");
  expect(cookie).not.toContain("__Secure-");
  const user = await handle.db.user.findUniqueOrThrow({ where: { email: "analyst@example.org" } });
  apiKey = (await createApiKey(handle.db, user.id, "tests")).key;
  // A question of its own that stays open a year from whenever the suite runs.
  const open = await createQuestion(
    handle.db,
    { userId: user.id, name: "Analyst", role: user.role, teamIds: [] },
    {
      title: "Will the deployment tests keep this question open?",
      resolutionCriteria: "Resolves YES if the question is still open when the tests finish.",
      type: "BINARY",
      closeAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
      resolveBy: new Date(Date.now() + 400 * 86_400_000).toISOString(),
    },
  );
  openQuestionId = open.id;
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

afterEach(() => {
  delete process.env.WRITE_RATE_LIMIT;
  delete process.env.SIGN_IN_RATE_LIMIT;
});

/** Rate limits count in fixed windows: start a counting test well inside one, not at its edge. */
async function awayFromWindowEdge(windowMs: number, marginMs = 8_000) {
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

function forecastRequest(
  headers: Record<string, string>,
  body: BodyInit | null = JSON.stringify({ probability: 0.3 }),
) {
  return postForecast(
    new Request(`${ORIGIN}/api/v1/questions/${openQuestionId}/forecasts`, {
      method: "POST",
      headers,
      body,
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit),
    { params: Promise.resolve({ id: openQuestionId }) },
  );
}

describe("cross-site request forgery", () => {
  it("refuses a cookie-authenticated write from another origin, and writes nothing", async () => {
    const before = await handle.db.forecast.count();
    for (const origin of ["http://evil.test", "http://test:8080", "null"]) {
      const response = await forecastRequest({ cookie, origin, "content-type": "application/json" });
      expect(response.status, origin).toBe(403);
      expect((await response.json()).error.message).toMatch(/Cross-site request refused/);
    }
    const noOrigin = await forecastRequest({
      cookie,
      "content-type": "application/json",
      "sec-fetch-site": "same-site",
    });
    expect(noOrigin.status).toBe(403);
    expect(await handle.db.forecast.count()).toBe(before);
  });

  it("accepts the app's own origin, Sec-Fetch-Site same-origin, and bearer keys from anywhere", async () => {
    expect((await forecastRequest({ cookie, origin: ORIGIN, "content-type": "application/json" })).status).toBe(201);
    expect(
      (await forecastRequest({ cookie, "sec-fetch-site": "same-origin", "content-type": "application/json" })).status,
    ).toBe(201);
    expect(
      (
        await forecastRequest({
          authorization: `Bearer ${apiKey}`,
          origin: "http://evil.test",
          "content-type": "application/json",
        })
      ).status,
    ).toBe(201);
  });

  it("trusts another origin only when TRUSTED_ORIGINS names it", async () => {
    const request = () =>
      forecastRequest({ cookie, origin: "http://second.internal", "content-type": "application/json" });
    expect((await request()).status).toBe(403);
    const holder = globalThis as { workbenchDeployment?: unknown };
    holder.workbenchDeployment = readDeploymentConfig({ TRUSTED_ORIGINS: "http://second.internal" });
    try {
      expect((await request()).status).toBe(201);
    } finally {
      delete holder.workbenchDeployment;
    }
  });
});

describe("cookies follow the protocol the browser uses", () => {
  it("are Secure behind a trusted TLS proxy, and plain when a client merely claims HTTPS", async () => {
    const holder = globalThis as { workbenchDeployment?: unknown };
    const signUpVia = async (email: string, trustedProxyHops: number) => {
      holder.workbenchDeployment = readDeploymentConfig({ TRUST_PROXY: String(trustedProxyHops) });
      const headers: Record<string, string | string[] | undefined> = {
        host: "127.0.0.1:3000",
        "x-forwarded-proto": "https",
        "x-forwarded-host": "forecasts.example.org",
        "x-forwarded-for": "192.0.2.7",
        "content-type": "application/json",
      };
      applyForwarding(headers, resolveForwarding(headers, "10.0.0.1", trustedProxyHops));
      const origin = trustedProxyHops > 0 ? "https://forecasts.example.org" : "http://127.0.0.1:3000";
      const response = await authRoute(
        new Request(`${origin}/api/auth/sign-up/email`, {
          method: "POST",
          headers: { ...(headers as Record<string, string>), origin },
          body: JSON.stringify({ email, name: email, password: "correct horse battery" }),
        }),
      );
      expect(response.status).toBe(200);
      return response.headers.getSetCookie().find((cookie) => cookie.includes("session_token")) ?? "";
    };
    try {
      const proxied = await signUpVia("behind-proxy@example.org", 1);
      expect(proxied).toMatch(/^__Secure-better-auth\.session_token=/);
      expect(proxied).toMatch(/;\s*Secure/i);
      const claimed = await signUpVia("claims-https@example.org", 0);
      expect(claimed).toMatch(/^better-auth\.session_token=/);
      expect(claimed).not.toMatch(/;\s*Secure/i);
    } finally {
      delete holder.workbenchDeployment;
    }
  });
});

describe("content types and body size", () => {
  it("answers 415 to a JSON endpoint sent text/plain or a form, with the error shape", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await forecastRequest({ authorization: `Bearer ${apiKey}`, "content-type": type });
      expect(response.status, type).toBe(415);
      const body = await response.json();
      expect(body.error.code).toBe("unsupported_media_type");
      expect(body.error.message).toMatch(/application\/json/);
    }
    const teams = await postTeam(
      new Request(`${ORIGIN}/api/v1/teams`, {
        method: "POST",
        headers: { cookie, origin: ORIGIN, "content-type": "text/plain" },
        body: JSON.stringify({ name: "Plain text" }),
      }),
      { params: Promise.resolve({}) } as never,
    );
    expect(teams.status).toBe(415);
    expect(await handle.db.team.count({ where: { name: "Plain text" } })).toBe(0);
  });

  it("stops reading a chunked body without Content-Length at the cap", async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`"${"x".repeat(64 * 1024)}`);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 10_000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await forecastRequest(
      { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      endless,
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
    // 256 KB at 64 KB a chunk: a handful of chunks, not 640 MB.
    expect(pulled).toBeLessThan(10);
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After once a user's writes pass WRITE_RATE_LIMIT, and 0 turns it off", async () => {
    process.env.WRITE_RATE_LIMIT = "3";
    await handle.db.rateLimitBucket.deleteMany();
    await awayFromWindowEdge(rateRules.write().windowMs);
    const statuses = [];
    for (let index = 0; index < 5; index += 1) {
      const response = await forecastRequest({ authorization: `Bearer ${apiKey}`, "content-type": "application/json" });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
        const body = await response.json();
        expect(body.error.code).toBe("rate_limited");
        expect(body.error.message).toMatch(/limit 3/);
      }
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    process.env.WRITE_RATE_LIMIT = "0";
    expect(
      (await forecastRequest({ authorization: `Bearer ${apiKey}`, "content-type": "application/json" })).status,
    ).toBe(201);
  });

  it("shares one budget between server processes on the same database", async () => {
    const other = createDb(handle.config);
    const rule = { name: "shared-test", limit: 10, windowMs: 60_000, message: "x" };
    await awayFromWindowEdge(rule.windowMs);
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, (_, index) => countHit(index % 2 === 0 ? handle.db : other, rule, "someone")),
    );
    await other.$disconnect();
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(10);
    expect(verdicts.map((verdict) => verdict.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    );
  });

  it("throttles password guessing on one account whatever X-Forwarded-For claims", async () => {
    process.env.SIGN_IN_RATE_LIMIT = "5";
    await awayFromWindowEdge(rateRules.signInByEmail().windowMs);
    const statuses: number[] = [];
    for (let index = 0; index < 12; index += 1) {
      const response = await authRoute(
        new Request(`${ORIGIN}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": `198.51.100.${index}` },
          body: JSON.stringify({ email: "analyst@example.org", password: `wrong guess ${index}` }),
        }),
      );
      statuses.push(response.status);
      if (response.status === 429) expect((await response.json()).error.code).toBe("rate_limited");
    }
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
    expect(statuses.some((status) => status === 200)).toBe(false);
    expect(rateRules.signInByEmail().limit).toBe(5);
  });
});

describe("the first administrator", () => {
  it("is claimed by exactly one of several simultaneous first sign-ups", async () => {
    const fresh = createTestDb();
    try {
      const auth = createAuth(fresh.db, "x".repeat(32));
      await Promise.allSettled(
        Array.from({ length: 6 }, (_, index) =>
          auth.api.signUpEmail({
            body: { email: `racer${index}@example.org`, name: `Racer ${index}`, password: "correct horse battery" },
          }),
        ),
      );
      expect(await fresh.db.user.count()).toBe(6);
      expect(await fresh.db.user.count({ where: { role: "ADMIN" } })).toBe(1);
      const audited = await fresh.db.auditLog.findMany({ where: { action: "user.created" } });
      expect(audited).toHaveLength(6);
      expect(audited.filter((entry) => JSON.parse(entry.after ?? "{}").role === "ADMIN")).toHaveLength(1);
    } finally {
      await fresh.cleanup();
    }
  });

  it("is the account with ADMIN_EMAIL when that is set, whoever signs up first", async () => {
    const fresh = createTestDb();
    process.env.ADMIN_EMAIL = "Owner@Example.org";
    try {
      const auth = createAuth(fresh.db, "x".repeat(32));
      const body = (email: string) => ({ body: { email, name: email, password: "correct horse battery" } });
      await auth.api.signUpEmail(body("squatter@example.org"));
      await auth.api.signUpEmail(body("owner@example.org"));
      const roles = Object.fromEntries((await fresh.db.user.findMany()).map((user) => [user.email, user.role]));
      expect(roles).toEqual({ "squatter@example.org": "USER", "owner@example.org": "ADMIN" });
    } finally {
      delete process.env.ADMIN_EMAIL;
      await fresh.cleanup();
    }
  });

  it("refuses to sign in a deactivated account", async () => {
    const fresh = createTestDb();
    try {
      const auth = createAuth(fresh.db, "x".repeat(32));
      await auth.api.signUpEmail({
        body: { email: "gone@example.org", name: "Gone", password: "correct horse battery" },
      });
      await fresh.db.user.update({ where: { email: "gone@example.org" }, data: { deactivatedAt: new Date() } });
      await expect(
        auth.api.signInEmail({ body: { email: "gone@example.org", password: "correct horse battery" } }),
      ).rejects.toThrow();
    } finally {
      await fresh.cleanup();
    }
  });
});

describe("failures at start-up", () => {
  it("are not remembered: the auth instance is built again on the next request", async () => {
    const { getAuth } = await import("@/lib/http/session");
    const holder = globalThis as {
      workbenchDb?: { $disconnect(): Promise<void> };
      workbenchAuth?: Map<string, unknown>;
    };
    const working = holder.workbenchDb;
    holder.workbenchAuth?.clear();
    holder.workbenchDb = createDb({
      provider: "sqlite",
      url: "file:/nonexistent/dir/x.db",
      filePath: "/nonexistent/dir/x.db",
    }) as never;
    const headers = new Headers({ host: "recovery.test" });
    await expect(getAuth(headers)).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    holder.workbenchDb = working;
    await expect(getAuth(headers)).resolves.toBeTruthy();
  });

  it("answers 503 with Retry-After, not 500, while the database is unreachable", async () => {
    const holder = globalThis as { workbenchDb?: unknown };
    const working = holder.workbenchDb;
    holder.workbenchDb = createDb({
      provider: "sqlite",
      url: "file:/nonexistent/dir/x.db",
      filePath: "/nonexistent/dir/x.db",
    });
    try {
      const response = await forecastRequest({ authorization: `Bearer ${apiKey}`, "content-type": "application/json" });
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      const body = await response.json();
      expect(body.error.code).toBe("unavailable");
      expect(JSON.stringify(body)).not.toContain("nonexistent");
    } finally {
      holder.workbenchDb = working;
    }
  });

  it("maps a broken percent-encoded path parameter to 400 in the error shape", async () => {
    const response = await postForecast(
      new Request(`${ORIGIN}/api/v1/questions/x/forecasts`, {
        method: "POST",
        headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
        body: "{}",
      }),
      { params: Promise.reject(new URIError("URI malformed")) },
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/percent-encoding/);
  });
});
