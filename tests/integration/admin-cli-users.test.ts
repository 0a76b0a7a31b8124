// `npm run admin -- deactivate-user | reactivate-user | reset-link` end to end: one JSON object
// on stdout, one-line errors, the changes made and recorded in the audit log as "admin CLI".
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { viewerFromHeaders } from "@/lib/auth/viewer";
import type { Auth } from "@/lib/auth/auth";
import { createDb, type Db } from "@/lib/db/client";
import { resolveDatabaseConfig } from "@/lib/db/config";
import { completePasswordReset, previewPasswordReset } from "@/lib/users/password-reset";

const folder = path.resolve(`.tmp/vitest/admin-users-${randomUUID()}`);
const databaseUrl = `file:${folder}/workbench.db`;

function admin(args: string[], env: Record<string, string> = {}) {
  // tsx directly rather than through npx: a dozen runs, each spared npx's start-up.
  const result = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/admin.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, PUBLIC_URL: "", BETTER_AUTH_URL: "", ...env },
    timeout: 90_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function withDb<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(resolveDatabaseConfig(databaseUrl));
  try {
    return await run(db);
  } finally {
    await db.$disconnect();
  }
}

// API keys are checked before any session lookup, so no auth instance is needed.
const noAuth = {} as Auth;
const bearer = (key: string) => new Headers({ authorization: `Bearer ${key}` });

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("npm run admin -- user administration", () => {
  let userKey = "";

  it("deactivates an account: its key is refused, its sessions gone, the change in the audit log", async () => {
    const ops = admin(["create-user", "--email", "ops@example.org", "--name", "Ops", "--role", "admin"]);
    expect(ops.status).toBe(0);
    const created = admin(["create-user", "--email", "Fay@Example.org", "--name", "Fay", "--api-key"]);
    expect(created.status).toBe(0);
    const { userId, apiKey } = JSON.parse(created.stdout) as { userId: string; apiKey: string };
    userKey = apiKey;
    await withDb(async (db) => {
      expect((await viewerFromHeaders(db, noAuth, bearer(userKey)))?.userId).toBe(userId);
      await db.authSession.create({
        data: { userId, token: `cli-test-${randomUUID()}`, expiresAt: new Date(Date.now() + 86_400_000) },
      });
    });

    const result = admin(["deactivate-user", "--email", "fay@example.org"]);
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(printed).sort()).toEqual(["deactivatedAt", "email", "sessionsRevoked", "userId"]);
    expect(printed).toMatchObject({ userId, email: "fay@example.org", sessionsRevoked: 1 });

    await withDb(async (db) => {
      await expect(viewerFromHeaders(db, noAuth, bearer(userKey))).rejects.toMatchObject({ code: "unauthorized" });
      expect(await db.authSession.count({ where: { userId } })).toBe(0);
      const entries = await db.auditLog.findMany({ where: { targetId: userId }, orderBy: { at: "asc" } });
      expect(entries.map((entry) => [entry.action, entry.actorId, entry.actorLabel])).toEqual([
        ["user.created", null, "admin CLI"],
        ["user.deactivated", null, "admin CLI"],
      ]);
      const key = await db.auditLog.findFirstOrThrow({ where: { action: "apikey.created" } });
      expect(key).toMatchObject({ actorId: null, actorLabel: "admin CLI" });
    });
  }, 240_000);

  it("reactivates it: the key works again", async () => {
    const result = admin(["reactivate-user", "--email", "fay@example.org"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ email: "fay@example.org", deactivatedAt: null });
    await withDb(async (db) => {
      expect(await viewerFromHeaders(db, noAuth, bearer(userKey))).not.toBeNull();
      expect(await db.auditLog.count({ where: { action: "user.reactivated", actorLabel: "admin CLI" } })).toBe(1);
    });
  }, 120_000);

  it("prints a one-time reset link as { url, expiresAt } that sets the password once", async () => {
    const result = admin(["reset-link", "--email", "fay@example.org", "--base-url", "https://wb.example.org/"]);
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as { url: string; expiresAt: string };
    expect(Object.keys(printed).sort()).toEqual(["expiresAt", "url"]);
    expect(printed.url).toMatch(/^https:\/\/wb\.example\.org\/reset-password\/[A-Za-z0-9_-]{43}$/);
    const hours = (new Date(printed.expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.5);
    expect(hours).toBeLessThanOrEqual(24);
    const token = printed.url.split("/reset-password/")[1]!;
    await withDb(async (db) => {
      expect(await previewPasswordReset(db, token)).toMatchObject({ email: "fay@example.org" });
      await completePasswordReset(db, token, { password: "fresh passphrase", confirm: "fresh passphrase" });
      await expect(previewPasswordReset(db, token)).rejects.toThrow(/already used/);
      const issued = await db.auditLog.findFirstOrThrow({ where: { action: "user.password-reset-link-issued" } });
      expect(issued).toMatchObject({ actorId: null, actorLabel: "admin CLI" });
      expect(`${issued.before}${issued.after}`).not.toContain(token);
    });

    // Without --base-url the link uses PUBLIC_URL.
    const fromEnv = admin(["reset-link", "--email", "fay@example.org"], {
      PUBLIC_URL: "http://forecasts.internal:3000",
    });
    expect(fromEnv.status).toBe(0);
    expect(JSON.parse(fromEnv.stdout).url).toMatch(/^http:\/\/forecasts\.internal:3000\/reset-password\//);
  }, 240_000);

  it("answers mistakes with one line on stderr and exit 1", () => {
    const cases: [string[], RegExp][] = [
      [["deactivate-user", "--email", "nobody@example.org"], /deactivate-user: User not found/],
      [["deactivate-user", "--email", "ops@example.org"], /last active administrator/],
      [["reactivate-user", "--email", "fay@example.org"], /not deactivated/],
      [["reset-link", "--email", "fay@example.org", "--base-url", "ftp://nowhere"], /base URL/],
      [["deactivate-user"], /--email is required/],
      [["reset-link", "--email", "fay@example.org", "--name", "X"], /Unknown option/],
    ];
    for (const [args, message] of cases) {
      const result = admin(args);
      expect(result.status, args.join(" ")).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(message);
    }
  }, 480_000);
});
