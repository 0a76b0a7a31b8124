// Accounts through better-auth on a real SQLite file: sign-up makes the first account admin,
// sign-in and sign-out work, wrong passwords fail, and expired sessions no longer sign anyone in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/lib/auth/auth";
import { createApiKey, LAST_USED_RESOLUTION_MS, userIdForApiKey } from "@/lib/auth/api-keys";
import { instanceSecret } from "@/lib/auth/instance-secret";
import { viewerFromHeaders } from "@/lib/auth/viewer";
import { createTestDb, type TestDb } from "../support/test-db";
import { cookieOf } from "../support/api-client";

let handle: TestDb;
let auth: Auth;

beforeAll(async () => {
  handle = createTestDb();
  process.env.DATABASE_URL = handle.config.url;
  auth = createAuth(handle.db, await instanceSecret(handle.db));
});

afterAll(async () => handle.cleanup());

async function signUp(email: string, name: string) {
  const response = await auth.api.signUpEmail({
    body: { email, name, password: "correct horse battery" },
    asResponse: true,
  });
  expect(response.status).toBe(200);
  return cookieOf(response);
}

describe("accounts", () => {
  it("keeps one instance secret, generated once and stored", async () => {
    expect(await instanceSecret(handle.db)).toBe(await instanceSecret(handle.db));
    expect((await instanceSecret(handle.db)).length).toBeGreaterThanOrEqual(32);
  });

  it("makes the first account the administrator and later ones plain users", async () => {
    const first = await signUp("first@example.org", "First");
    await signUp("second@example.org", "Second");
    const viewer = await viewerFromHeaders(handle.db, auth, new Headers({ cookie: first }));
    expect(viewer?.role).toBe("ADMIN");
    const second = await handle.db.user.findUniqueOrThrow({ where: { email: "second@example.org" } });
    expect(second.role).toBe("USER");
  });

  it("stores a password hash, never the password", async () => {
    const account = await handle.db.account.findFirstOrThrow({ where: { user: { email: "first@example.org" } } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain("correct horse battery");
  });

  it("signs in with the right password only, and signs out", async () => {
    await expect(
      auth.api.signInEmail({ body: { email: "second@example.org", password: "wrong password" } }),
    ).rejects.toThrow();
    const response = await auth.api.signInEmail({
      body: { email: "second@example.org", password: "correct horse battery" },
      asResponse: true,
    });
    const cookie = cookieOf(response);
    expect((await viewerFromHeaders(handle.db, auth, new Headers({ cookie })))?.name).toBe("Second");
    await auth.api.signOut({ headers: new Headers({ cookie }) });
    expect(await viewerFromHeaders(handle.db, auth, new Headers({ cookie }))).toBeNull();
  });

  it("does not honour an expired session", async () => {
    const cookie = await signUp("third@example.org", "Third");
    expect(await viewerFromHeaders(handle.db, auth, new Headers({ cookie }))).not.toBeNull();
    await handle.db.authSession.updateMany({
      where: { user: { email: "third@example.org" } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await viewerFromHeaders(handle.db, auth, new Headers({ cookie }))).toBeNull();
  });

  it("records an API key's last use at most once a minute, so reads through a key do not write each time", async () => {
    const user = await handle.db.user.findUniqueOrThrow({ where: { email: "second@example.org" } });
    const { key } = await createApiKey(handle.db, user.id, "throttle");
    const lastUsed = async () =>
      (await handle.db.apiKey.findFirstOrThrow({ where: { userId: user.id, name: "throttle" } })).lastUsedAt;
    const start = new Date("2030-01-01T00:00:00Z");
    const later = (ms: number) => new Date(start.getTime() + ms);

    expect(await userIdForApiKey(handle.db, key, start)).toBe(user.id);
    expect((await lastUsed())?.getTime()).toBe(start.getTime());
    expect(await userIdForApiKey(handle.db, key, later(LAST_USED_RESOLUTION_MS - 1))).toBe(user.id);
    expect((await lastUsed())?.getTime()).toBe(start.getTime());
    expect(await userIdForApiKey(handle.db, key, later(LAST_USED_RESOLUTION_MS))).toBe(user.id);
    expect((await lastUsed())?.getTime()).toBe(later(LAST_USED_RESOLUTION_MS).getTime());
    expect(await userIdForApiKey(handle.db, "fw_unknown", start)).toBeNull();
  });
});
