// Accounts without email, on a real SQLite file: administrators deactivate and reactivate
// accounts (sessions deleted, API keys refused with 401 meanwhile) and issue one-time reset links
// (24 hours, one use, only a hash stored) that set a password better-auth accepts. Nobody
// deactivates themselves or the last active administrator; non-administrators are told "not found".
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/lib/auth/auth";
import { createApiKey } from "@/lib/auth/api-keys";
import { instanceSecret } from "@/lib/auth/instance-secret";
import { viewerForUser, viewerFromHeaders } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { ADMIN_CLI } from "@/lib/users/access";
import { createUser } from "@/lib/users/create-user";
import { deactivateUser, reactivateUser } from "@/lib/users/deactivate";
import { listUsers } from "@/lib/users/list";
import { completePasswordReset, issuePasswordResetLink, previewPasswordReset } from "@/lib/users/password-reset";
import { listUsersQuery } from "@/lib/users/schemas";
import { parseInput } from "@/lib/validation/parse";
import { call, cookieOf } from "../support/api-client";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let auth: Auth;
let ada: { id: string; key: string }; // the administrator
let ben: { id: string; key: string }; // signed up through better-auth
let trackRecord: typeof import("@/app/api/v1/me/track-record/route");
let questions: typeof import("@/app/api/v1/questions/route");

const OLD_PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a brand new passphrase";
const viewerOf = async (id: string) => (await viewerForUser(handle.db, id)) as SignedInViewer;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const tokenOf = (url: string) => url.split("/reset-password/")[1]!;

async function signIn(email: string, password: string): Promise<string | null> {
  try {
    const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
    return response.ok ? cookieOf(response) : null;
  } catch {
    return null;
  }
}

async function entriesAddedBy(run: () => Promise<unknown>) {
  const seen = new Set((await handle.db.auditLog.findMany({ select: { id: true } })).map((row) => row.id));
  await run();
  return (await handle.db.auditLog.findMany({ orderBy: [{ at: "asc" }, { id: "asc" }] }))
    .filter((row) => !seen.has(row.id))
    .map((row) => ({
      ...row,
      before: row.before === null ? null : JSON.parse(row.before),
      after: row.after === null ? null : JSON.parse(row.after),
    }));
}

const keyCall = (handler: unknown, key: string) => call(handler, "GET", "/api/v1/test", { key });

beforeAll(async () => {
  handle = createTestDb();
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  trackRecord = await import("@/app/api/v1/me/track-record/route");
  questions = await import("@/app/api/v1/questions/route");
  auth = createAuth(handle.db, await instanceSecret(handle.db));
  const admin = await createUser(handle.db, { email: "ada@example.org", name: "Ada", role: "admin" });
  ada = { id: admin.id, key: (await createApiKey(handle.db, admin.id, "test")).key };
  await auth.api.signUpEmail({ body: { email: "ben@example.org", name: "Ben", password: OLD_PASSWORD } });
  const benId = (await handle.db.user.findUniqueOrThrow({ where: { email: "ben@example.org" } })).id;
  ben = { id: benId, key: (await createApiKey(handle.db, benId, "test")).key };
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("deactivating and reactivating", () => {
  it("signs the account out everywhere and refuses its API keys with 401 until it is reactivated", async () => {
    const cookie = await signIn("ben@example.org", OLD_PASSWORD);
    expect(cookie).toBeTruthy();
    expect(await viewerFromHeaders(handle.db, auth, new Headers({ cookie: cookie! }))).not.toBeNull();
    expect((await keyCall(trackRecord.GET, ben.key)).status).toBe(200);
    const sessions = await handle.db.authSession.count({ where: { userId: ben.id } });
    expect(sessions).toBeGreaterThanOrEqual(2);

    const added = await entriesAddedBy(async () =>
      deactivateUser(handle.db, await viewerOf(ada.id), { userId: ben.id }),
    );
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      actorId: ada.id,
      actorLabel: "Ada",
      action: "user.deactivated",
      targetType: "user",
      targetId: ben.id,
      before: { email: "ben@example.org", deactivatedAt: null },
      after: { email: "ben@example.org", deactivatedAt: expect.any(String), sessionsRevoked: sessions },
    });
    expect(await handle.db.authSession.count({ where: { userId: ben.id } })).toBe(0);
    expect(await viewerFromHeaders(handle.db, auth, new Headers({ cookie: cookie! }))).toBeNull();
    expect(await viewerForUser(handle.db, ben.id)).toBeNull();
    const refused = await keyCall(trackRecord.GET, ben.key);
    expect(refused.status).toBe(401);
    expect(refused.body.error.message).toMatch(/deactivated/);
    // A route anonymous callers may use does not quietly treat the key as anonymous either.
    expect((await keyCall(questions.GET, ben.key)).status).toBe(401);

    await expect(deactivateUser(handle.db, await viewerOf(ada.id), { userId: ben.id })).rejects.toMatchObject({
      code: "conflict",
    });

    const back = await entriesAddedBy(async () =>
      reactivateUser(handle.db, await viewerOf(ada.id), { email: "BEN@example.org" }),
    );
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({
      action: "user.reactivated",
      before: { deactivatedAt: expect.any(String) },
      after: { deactivatedAt: null },
    });
    expect((await keyCall(trackRecord.GET, ben.key)).status).toBe(200);
    // Deleted sessions stay deleted.
    expect(await viewerFromHeaders(handle.db, auth, new Headers({ cookie: cookie! }))).toBeNull();
    await expect(reactivateUser(handle.db, await viewerOf(ada.id), { userId: ben.id })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("refuses deactivating oneself and the last active administrator, and records nothing then", async () => {
    const added = await entriesAddedBy(async () => {
      await expect(deactivateUser(handle.db, await viewerOf(ada.id), { userId: ada.id })).rejects.toThrow(
        /your own account/,
      );
      await expect(deactivateUser(handle.db, ADMIN_CLI, { email: "ada@example.org" })).rejects.toThrow(
        /last active administrator/,
      );
    });
    expect(added).toEqual([]);

    // With a second administrator either may go, but not both.
    const zed = await createUser(handle.db, { email: "zed@example.org", name: "Zed", role: "admin" });
    await deactivateUser(handle.db, ADMIN_CLI, { userId: ada.id });
    await expect(deactivateUser(handle.db, ADMIN_CLI, { userId: zed.id })).rejects.toThrow(/last active administrator/);
    // A deactivated administrator administers nothing.
    expect(await viewerForUser(handle.db, ada.id)).toBeNull();
    expect((await keyCall((await import("@/app/api/v1/admin/audit/route")).GET, ada.key)).status).toBe(401);
    await reactivateUser(handle.db, ADMIN_CLI, { userId: ada.id });
  });

  it("tells non-administrators that there is nothing there", async () => {
    const plain = await viewerOf(ben.id);
    const added = await entriesAddedBy(async () => {
      for (const attempt of [
        () => deactivateUser(handle.db, plain, { userId: ada.id }),
        () => reactivateUser(handle.db, plain, { userId: ada.id }),
        () => issuePasswordResetLink(handle.db, plain, { userId: ada.id }, "http://test"),
        () => listUsers(handle.db, plain, parseInput(listUsersQuery, {})),
        () => listUsers(handle.db, null, parseInput(listUsersQuery, {})),
      ]) {
        await expect(attempt()).rejects.toMatchObject({ code: "not_found" });
      }
    });
    expect(added).toEqual([]);
  });
});

describe("one-time password-reset links", () => {
  it("sets a password better-auth accepts, once, and signs the account out everywhere", async () => {
    const admin = await viewerOf(ada.id);
    let link = { url: "", expiresAt: new Date() };
    const issued = await entriesAddedBy(async () => {
      link = await issuePasswordResetLink(handle.db, admin, { userId: ben.id }, "https://wb.example.org/");
    });
    expect(link.url).toMatch(/^https:\/\/wb\.example\.org\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    expect(link.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    const token = tokenOf(link.url);
    // Only the token's SHA-256 is stored, and the audit log never sees the token.
    const stored = await handle.db.passwordResetToken.findMany({ where: { userId: ben.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({
      actorId: ada.id,
      action: "user.password-reset-link-issued",
      targetId: ben.id,
      after: { email: "ben@example.org", expiresAt: link.expiresAt.toISOString() },
    });
    expect(JSON.stringify(issued)).not.toContain(token);

    expect(await previewPasswordReset(handle.db, token)).toMatchObject({ email: "ben@example.org" });
    // Bad input changes nothing: the link still works, the old password too.
    await expect(
      completePasswordReset(handle.db, token, { password: "short", confirm: "short" }),
    ).rejects.toMatchObject({ code: "bad_request" });
    await expect(
      completePasswordReset(handle.db, token, { password: NEW_PASSWORD, confirm: "something else" }),
    ).rejects.toMatchObject({ code: "bad_request", issues: [{ path: "confirm" }] });
    expect(await previewPasswordReset(handle.db, token)).toBeTruthy();

    const cookie = await signIn("ben@example.org", OLD_PASSWORD);
    expect(cookie).toBeTruthy();
    const reset = await entriesAddedBy(() =>
      completePasswordReset(handle.db, token, { password: NEW_PASSWORD, confirm: NEW_PASSWORD }),
    );
    expect(reset).toHaveLength(1);
    expect(reset[0]).toMatchObject({
      actorId: ben.id,
      actorLabel: "Ben",
      action: "user.password-reset",
      targetId: ben.id,
      before: { hadPassword: true },
      after: { hadPassword: true, sessionsRevoked: expect.any(Number) },
    });
    expect(JSON.stringify(reset)).not.toContain(NEW_PASSWORD);
    expect(await handle.db.authSession.count({ where: { userId: ben.id } })).toBe(0);
    expect(await viewerFromHeaders(handle.db, auth, new Headers({ cookie: cookie! }))).toBeNull();
    expect(await signIn("ben@example.org", OLD_PASSWORD)).toBeNull();
    expect(await signIn("ben@example.org", NEW_PASSWORD)).toBeTruthy();
    const account = await handle.db.account.findFirstOrThrow({ where: { userId: ben.id, providerId: "credential" } });
    expect(account.password).not.toContain(NEW_PASSWORD);
    expect(
      (await handle.db.passwordResetToken.findUniqueOrThrow({ where: { id: stored[0]!.id } })).usedAt,
    ).not.toBeNull();

    // One use.
    await expect(
      completePasswordReset(handle.db, token, {
        password: "yet another passphrase",
        confirm: "yet another passphrase",
      }),
    ).rejects.toThrow(/already used/);
    await expect(previewPasswordReset(handle.db, token)).rejects.toMatchObject({ code: "not_found" });
    expect(await signIn("ben@example.org", NEW_PASSWORD)).toBeTruthy();
  });

  it("refuses expired, unknown, malformed and superseded links", async () => {
    const admin = await viewerOf(ada.id);
    const dayAndAHourAgo = new Date(Date.now() - 25 * 3_600_000);
    const old = await issuePasswordResetLink(handle.db, admin, { userId: ben.id }, "http://test", dayAndAHourAgo);
    const body = { password: "never to be set", confirm: "never to be set" };
    await expect(completePasswordReset(handle.db, tokenOf(old.url), body)).rejects.toThrow(/expired/);

    const unknown = "A".repeat(43);
    await expect(completePasswordReset(handle.db, unknown, body)).rejects.toMatchObject({
      code: "not_found",
      message: expect.stringMatching(/not valid/),
    });
    await expect(completePasswordReset(handle.db, "not-a-token", body)).rejects.toMatchObject({ code: "bad_request" });

    const first = await issuePasswordResetLink(handle.db, admin, { userId: ben.id }, "http://test");
    const second = await issuePasswordResetLink(handle.db, admin, { userId: ben.id }, "http://test");
    await expect(previewPasswordReset(handle.db, tokenOf(first.url))).rejects.toThrow(/expired/);
    expect(await previewPasswordReset(handle.db, tokenOf(second.url))).toMatchObject({ email: "ben@example.org" });
    expect(await signIn("ben@example.org", NEW_PASSWORD)).toBeTruthy();
  });

  it("gives no links for deactivated accounts, and deactivating retires outstanding links for good", async () => {
    const admin = await viewerOf(ada.id);
    const link = await issuePasswordResetLink(handle.db, admin, { userId: ben.id }, "http://test");
    await deactivateUser(handle.db, admin, { userId: ben.id });
    await expect(issuePasswordResetLink(handle.db, admin, { userId: ben.id }, "http://test")).rejects.toThrow(
      /reactivate/,
    );
    await expect(
      completePasswordReset(handle.db, tokenOf(link.url), {
        password: "while deactivated",
        confirm: "while deactivated",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await reactivateUser(handle.db, admin, { userId: ben.id });
    // Reactivating does not revive it.
    await expect(previewPasswordReset(handle.db, tokenOf(link.url))).rejects.toThrow(/expired/);
  });

  it("gives an account made by the admin CLI its first password", async () => {
    const cli = await createUser(handle.db, { email: "ops@example.org", name: "Ops" });
    expect(await handle.db.account.count({ where: { userId: cli.id } })).toBe(0);
    const link = await issuePasswordResetLink(handle.db, ADMIN_CLI, { email: "ops@example.org" }, "http://test");
    const reset = await entriesAddedBy(() =>
      completePasswordReset(handle.db, tokenOf(link.url), { password: NEW_PASSWORD, confirm: NEW_PASSWORD }),
    );
    expect(reset[0]).toMatchObject({ before: { hadPassword: false }, after: { hadPassword: true } });
    expect(await signIn("ops@example.org", NEW_PASSWORD)).toBeTruthy();
  });

  it("leaves the link, the password and the log as they were when the reset fails half-way", async () => {
    const admin = await viewerOf(ada.id);
    const link = await issuePasswordResetLink(handle.db, admin, { userId: ben.id }, "http://test");
    expect(await signIn("ben@example.org", NEW_PASSWORD)).toBeTruthy();
    // The database refuses the last step (signing the account out): everything before it must roll back.
    await handle.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_signout BEFORE DELETE ON "AuthSession" BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    const added = await entriesAddedBy(async () => {
      try {
        await expect(
          completePasswordReset(handle.db, tokenOf(link.url), {
            password: "half-way there",
            confirm: "half-way there",
          }),
        ).rejects.toThrow();
      } finally {
        await handle.db.$executeRawUnsafe(`DROP TRIGGER refuse_signout`);
      }
    });
    expect(added).toEqual([]);
    expect(await previewPasswordReset(handle.db, tokenOf(link.url))).toMatchObject({ email: "ben@example.org" });
    expect(await signIn("ben@example.org", "half-way there")).toBeNull();
    expect(await signIn("ben@example.org", NEW_PASSWORD)).toBeTruthy();
  });
});

describe("the administrators' list of accounts", () => {
  const list = async (raw: Record<string, unknown>) =>
    listUsers(handle.db, await viewerOf(ada.id), parseInput(listUsersQuery, raw));

  it("searches by name or email, filters by status, and pages newest first without repeats", async () => {
    expect((await list({ q: "BEN@" })).items.map((user) => user.email)).toEqual(["ben@example.org"]);
    expect((await list({ q: "Zed" })).items.map((user) => user.email)).toEqual(["zed@example.org"]);
    const everyone = await list({ limit: "100" });
    expect(everyone.total).toBe(everyone.items.length);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list({ limit: "2", ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((user) => user.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(everyone.items.map((user) => user.id));
    expect(new Set(seen).size).toBe(seen.length);

    await deactivateUser(handle.db, ADMIN_CLI, { email: "zed@example.org" });
    expect((await list({ status: "deactivated" })).items.map((user) => user.email)).toEqual(["zed@example.org"]);
    expect((await list({ status: "active" })).items.map((user) => user.email)).not.toContain("zed@example.org");
    expect(() => parseInput(listUsersQuery, { limit: "101" })).toThrow();
  });
});
