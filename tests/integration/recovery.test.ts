// Recovery without a restart (SQLite): the volume holding the database goes away (its folder is
// renamed, as when a mount disappears; chmod would not stop the root user the tests run as), the
// real health route answers 503 with no database detail, writes fail; the folder comes back and
// the same client serves again, with every acknowledged write intact.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { resolveDatabaseConfig } from "@/lib/db/config";
import { checked } from "../support/api-client";

const holder = globalThis as { workbenchDb?: Db };
let folder: string;
let offline: string;
let filePath: string;
let health: typeof import("@/app/api/v1/health/route").GET;
let getDb: () => Db;

beforeAll(async () => {
  const template = process.env.WORKBENCH_TEST_TEMPLATE;
  if (!template) throw new Error("run through vitest (tests/support/global-setup.ts)");
  // A folder of its own: other test files share the template's folder.
  folder = path.join(path.dirname(template), `recovery-${randomUUID()}`);
  offline = `${folder}.offline`;
  mkdirSync(folder, { recursive: true });
  filePath = path.join(folder, "workbench.db");
  copyFileSync(template, filePath);
  process.env.DATABASE_URL = resolveDatabaseConfig(`file:${filePath}`).url;
  delete holder.workbenchDb;
  // Checked against the OpenAPI document: 503 with the health body is a documented answer.
  health = checked((await import("@/app/api/v1/health/route")).GET);
  getDb = (await import("@/lib/db")).getDb;
});

afterAll(async () => {
  if (existsSync(offline) && !existsSync(folder)) renameSync(offline, folder);
  await holder.workbenchDb?.$disconnect();
  delete holder.workbenchDb;
  rmSync(folder, { recursive: true, force: true });
  rmSync(offline, { recursive: true, force: true });
});

async function check() {
  const response = await health(new Request("http://test/api/v1/health"), { params: Promise.resolve({}) } as never);
  return { status: response.status, text: await response.text() };
}

describe("the database goes away and comes back (SQLite)", () => {
  it("answers 503 without details while it is gone, and serves again afterwards with the same client", async () => {
    const before = await check();
    expect(before.status, before.text).toBe(200);
    const db = getDb();
    await db.instanceSetting.create({ data: { key: "before-outage", value: "acknowledged" } });

    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      renameSync(folder, offline);

      const during = await check();
      expect(during.status).toBe(503);
      const body = JSON.parse(during.text);
      expect(body.status).toBe("degraded");
      // Nothing about the file, the driver or the error reaches the caller…
      expect(body.database).toEqual({ reachable: false, provider: "sqlite", error: "database unreachable" });
      expect(during.text).not.toMatch(/workbench\.db|SQLITE_|unable to open|Can't reach|recovery-|\.tmp/);
      // …but the server log has it.
      expect(logged).toHaveBeenCalled();
      await expect(db.instanceSetting.create({ data: { key: "during-outage", value: "x" } })).rejects.toThrow();
      // No empty database was created where the real one went missing.
      expect(existsSync(filePath)).toBe(false);
      expect((await check()).status).toBe(503);
    } finally {
      if (existsSync(offline)) renameSync(offline, folder);
      logged.mockRestore();
    }

    const after = await check();
    expect(after.status, after.text).toBe(200);
    expect(getDb()).toBe(db);
    await db.instanceSetting.create({ data: { key: "after-outage", value: "acknowledged" } });
    const rows = await db.instanceSetting.findMany({ where: { key: { in: ["before-outage", "after-outage"] } } });
    expect(rows.map((row) => row.key).sort()).toEqual(["after-outage", "before-outage"]);
  });

  it("survives repeated outages, and a transaction spanning one leaves nothing behind", async () => {
    const db = getDb();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      for (let round = 0; round < 3; round++) {
        renameSync(folder, offline);
        expect((await check()).status).toBe(503);
        await expect(
          db.$transaction(async (tx) => tx.instanceSetting.create({ data: { key: `tx-${round}`, value: "x" } })),
        ).rejects.toThrow();
        renameSync(offline, folder);
        expect((await check()).status).toBe(200);
        await db.$transaction(async (tx) =>
          tx.instanceSetting.create({ data: { key: `ok-${round}`, value: "acknowledged" } }),
        );
      }
    } finally {
      if (existsSync(offline)) renameSync(offline, folder);
      logged.mockRestore();
    }
    // What another process sees on disk: every acknowledged write, none of the failed ones.
    const reader = new Database(filePath, { readonly: true });
    try {
      const keys = (reader.prepare(`SELECT "key" FROM "InstanceSetting"`).all() as { key: string }[]).map((r) => r.key);
      expect(keys).toEqual(expect.arrayContaining(["ok-0", "ok-1", "ok-2", "before-outage", "after-outage"]));
      expect(keys.filter((key) => key.startsWith("tx-"))).toEqual([]);
    } finally {
      reader.close();
    }
  });
});
