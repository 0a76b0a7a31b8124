// `npm run admin -- create-user` for headless deployments: exactly one JSON object on stdout,
// a working API key, and one-line errors.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { userIdForApiKey } from "@/lib/auth/api-keys";
import { createDb } from "@/lib/db/client";
import { resolveDatabaseConfig } from "@/lib/db/config";

const folder = path.resolve(`.tmp/vitest/admin-${randomUUID()}`);
const databaseUrl = `file:${folder}/workbench.db`;

function admin(args: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/admin.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
    timeout: 90_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("npm run admin -- create-user", () => {
  it("prepares a new database, creates an administrator with a working API key, and prints only JSON", async () => {
    const result = admin([
      "create-user",
      "--email",
      "Ops@Example.org",
      "--name",
      "Ops",
      "--role",
      "admin",
      "--api-key",
    ]);
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as { userId: string; apiKey: string };
    expect(Object.keys(printed).sort()).toEqual(["apiKey", "userId"]);
    const db = createDb(resolveDatabaseConfig(databaseUrl));
    try {
      expect(await userIdForApiKey(db, printed.apiKey)).toBe(printed.userId);
      const user = await db.user.findUniqueOrThrow({ where: { id: printed.userId } });
      expect(user).toMatchObject({ email: "ops@example.org", role: "ADMIN" });
    } finally {
      await db.$disconnect();
    }
  }, 120_000);

  it("refuses a duplicate email and bad arguments with one line on stderr", () => {
    const duplicate = admin(["create-user", "--email", "ops@example.org", "--name", "Again"]);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stdout).toBe("");
    expect(duplicate.stderr).toMatch(/already exists/);
    const bad = admin(["create-user", "--email", "not-an-email", "--name", "X"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/email/);
    expect(admin(["delete-everything"]).stderr).toMatch(/usage/);
  }, 180_000);

  it("works beside a serving app that holds the database open", async () => {
    // A running server keeps its SQLite connection (in WAL mode) open between requests.
    const server = createDb(resolveDatabaseConfig(databaseUrl));
    try {
      await server.question.count();
      const beside = admin(["create-user", "--email", "beside@example.org", "--name", "Beside"]);
      expect(beside.stderr).not.toMatch(/busy|failed/i);
      expect(beside.status).toBe(0);
      expect(await server.user.count({ where: { email: "beside@example.org" } })).toBe(1);
    } finally {
      await server.$disconnect();
    }
  }, 120_000);
});
