// The workbench as a team runs it: reached by a plain-HTTP intranet host name (not a secure
// context, so a Secure cookie would be dropped), from several origins, with security headers,
// and refusing requests that other sites make with the signed-in browser's cookies.
import { E2E_PORT, INTRANET_HOST } from "../playwright.config";
import { expect, test } from "./fixtures";
import { signUp } from "./support";

const intranet = `http://${INTRANET_HOST}:${E2E_PORT}`;

test("signs up, moves around and stays signed in on a plain-HTTP intranet host name", async ({ page, context }) => {
  // A request through another name first must not pin the trusted origin to it.
  await page.goto(`http://localhost:${E2E_PORT}/api/v1/health`);
  await page.goto(`${intranet}/`);
  const name = await signUp(page, "Intranet", intranet);
  const cookies = await context.cookies(intranet);
  const session = cookies.find((cookie) => cookie.name.includes("session_token"));
  expect(session, "a session cookie is stored for the intranet host").toBeTruthy();
  expect(session?.secure).toBe(false);
  expect(session?.httpOnly).toBe(true);

  for (const path of ["/questions", "/me", "/teams", "/settings"]) {
    await page.goto(`${intranet}${path}`);
    await expect(page.getByRole("link", { name: new RegExp(`Settings for ${name}`) })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole("link", { name: new RegExp(`Settings for ${name}`) })).toBeVisible();

  // A write through the app's own pages works from this host (server action, same origin).
  await page.goto(`${intranet}/teams`);
  await page.getByLabel("Team name").fill(`Intranet team ${Date.now()}`);
  await page.getByRole("button", { name: /create team/i }).click();
  await expect(page).toHaveURL(/\/teams\/[^/]+$/);
});

test("the same account signs in on 127.0.0.1 after the intranet host was used", async ({ page }) => {
  await page.goto(`${intranet}/api/v1/health`);
  await signUp(page, "Loopback");
  await page.goto("/me");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("pages and the API carry the security headers", async ({ request }) => {
  for (const path of ["/", "/questions", "/api/v1/questions", "/sign-in"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp, path).not.toContain("unsafe-eval");
    expect(headers["strict-transport-security"], `${path}: no HSTS over plain HTTP`).toBeUndefined();
  }
});

test("a path with broken percent-encoding is a 400 in the API's error shape, not a crash", async ({ request }) => {
  for (const path of ["/api/v1/questions/%E0%A4%A", "/api/v1/questions/%/forecasts", "/questions/%zz"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect((await response.json()).error.code, path).toBe("bad_request");
  }
  expect((await request.get("/api/v1/health")).status()).toBe(200);
});

test("another site cannot write with the signed-in browser's cookies, and JSON endpoints refuse text/plain", async ({
  page,
}) => {
  await signUp(page, "Csrf");
  const ownOrigin = await page.evaluate(async () => {
    const response = await fetch("/api/v1/teams", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ name: "Plain text team" }),
    });
    return { status: response.status, body: await response.json() };
  });
  expect(ownOrigin.status).toBe(415);
  expect(ownOrigin.body.error.code).toBe("unsupported_media_type");

  const before = await page.evaluate(async () => (await (await fetch("/api/v1/teams")).json()).items.length);
  // The attacking page is another port of the same host: same-site, so the Lax cookie goes along.
  const attacker = "http://127.0.0.1:9";
  await page.route(`${attacker}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Elsewhere</title><p>Another site</p>" }),
  );
  await page.goto(`${attacker}/attack`);
  await page.evaluate(async (target) => {
    await fetch(`${target}/api/v1/teams`, {
      method: "POST",
      mode: "no-cors",
      credentials: "include",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ name: "Cross-site team" }),
    }).catch(() => undefined);
  }, `http://127.0.0.1:${E2E_PORT}`);
  await page.goto("/teams");
  const after = await page.evaluate(async () => (await (await fetch("/api/v1/teams")).json()).items.length);
  expect(after).toBe(before);

  const forged = await page.evaluate(async () => {
    const response = await fetch("/api/v1/teams", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Same-origin team" }),
    });
    return response.status;
  });
  expect(forged, "the app's own pages still write").toBe(201);
});
