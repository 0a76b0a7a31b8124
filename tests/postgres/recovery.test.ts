// Recovery without a restart (PostgreSQL lane): a throwaway cluster of this test's own is stopped
// while the app holds pooled connections and open transactions, the real health route answers
// 503 with no database detail, the cluster starts again, and the same Prisma client serves again
// (no pooled connection stays checked out by a transaction whose ROLLBACK failed).
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { resolveDatabaseConfig } from "@/lib/db/config";
import { applyMigrations, summarizeCliFailure } from "@/lib/db/migrations";
import { checked } from "../support/api-client";

const PG_BIN = process.env.WORKBENCH_PG_BIN ?? "/usr/lib/postgresql/15/bin";

function skipReason(): string | null {
  if (!process.env.TEST_POSTGRES_URL) return "set TEST_POSTGRES_URL to run the PostgreSQL lane";
  if (!existsSync(path.join(PG_BIN, "initdb")) || !existsSync(path.join(PG_BIN, "pg_ctl"))) {
    return `no PostgreSQL server binaries in ${PG_BIN}`;
  }
  if (process.getuid?.() !== 0) return "needs root to run initdb/pg_ctl as the postgres user";
  if (spawnSync("id", ["-u", "postgres"]).status !== 0) return "no postgres OS user";
  return null;
}

const reason = skipReason();
const holder = globalThis as { workbenchDb?: Db };

function asPostgres(command: string) {
  const result = spawnSync("su", ["postgres", "-c", command], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe.skipIf(reason !== null)(`PostgreSQL recovery (skipped: ${reason})`, () => {
  let dir: string;
  let port: number;
  let running = false;
  let health: typeof import("@/app/api/v1/health/route").GET;
  let getDb: () => Db;

  const pgCtl = (args: string) => asPostgres(`${PG_BIN}/pg_ctl -D ${dir}/data ${args}`);
  const start = () => {
    pgCtl(`-o '-p ${port} -k /tmp -c listen_addresses=127.0.0.1' -l ${dir}/log -w start >/dev/null`);
    running = true;
  };
  const stop = () => {
    pgCtl(`-m fast -w stop >/dev/null`);
    running = false;
  };

  async function check() {
    const response = await health(new Request("http://test/api/v1/health"), { params: Promise.resolve({}) });
    return { status: response.status, text: await response.text() };
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "workbench-pg-recovery-"));
    chownSync(dir, Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim()), 0);
    port = await freePort();
    asPostgres(`${PG_BIN}/initdb -D ${dir}/data -A trust -U postgres >/dev/null`);
    start();
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    const migrated = applyMigrations(resolveDatabaseConfig(url));
    if (!migrated.ok) throw new Error(summarizeCliFailure(migrated.output));
    process.env.DATABASE_URL = url;
    delete holder.workbenchDb;
    // Checked against the OpenAPI document: 503 with the health body is a documented answer.
    health = checked((await import("@/app/api/v1/health/route")).GET);
    getDb = (await import("@/lib/db")).getDb;
  }, 120_000);

  afterAll(async () => {
    try {
      if (running) stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const disconnected = holder.workbenchDb?.$disconnect().catch(() => {});
    await Promise.race([disconnected, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    delete holder.workbenchDb;
  }, 60_000);

  it("answers 503 while the server is down and 200 once it is back, with the same client", async () => {
    const before = await check();
    expect(before.status, before.text).toBe(200);
    const db = getDb();
    await db.instanceSetting.create({ data: { key: "before-outage", value: "acknowledged" } });

    // As many open transactions as the pool has connections (pg's default is 10), all cut off by
    // the shutdown: each ROLLBACK fails, and each connection must still go back to the pool.
    let markStopped!: () => void;
    const stopped = new Promise<void>((resolve) => (markStopped = resolve));
    let openCount = 0;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const transactions = Array.from({ length: 10 }, (_, index) =>
        db.$transaction(
          async (tx) => {
            await tx.instanceSetting.create({ data: { key: `cut-off-${index}`, value: "never committed" } });
            openCount++;
            await stopped;
            await tx.instanceSetting.count();
          },
          { maxWait: 20_000, timeout: 30_000 },
        ),
      );
      await vi.waitFor(() => expect(openCount).toBe(10), { timeout: 20_000 });
      stop();
      markStopped();
      const outcomes = await Promise.allSettled(transactions);
      expect(outcomes.every((outcome) => outcome.status === "rejected")).toBe(true);

      const during = await check();
      expect(during.status).toBe(503);
      const body = JSON.parse(during.text);
      expect(body.database).toEqual({ reachable: false, provider: "postgresql", error: "database unreachable" });
      expect(during.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminat|Can't reach|postgres:/);
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      if (!running) start();
    }

    const after = await vi.waitFor(
      async () => {
        const result = await check();
        expect(result.status, result.text).toBe(200);
        return result;
      },
      { timeout: 30_000, interval: 500 },
    );
    expect(after.status).toBe(200);
    expect(getDb()).toBe(db);
    // Enough work to need every pooled connection again: none is stranded.
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        db.$transaction(async (tx) =>
          tx.instanceSetting.create({ data: { key: `after-${index}`, value: "acknowledged" } }),
        ),
      ),
    );
    expect(await db.instanceSetting.count({ where: { key: { startsWith: "after-" } } })).toBe(12);
    expect(await db.instanceSetting.count({ where: { key: { startsWith: "cut-off-" } } })).toBe(0);
    expect(await db.instanceSetting.findUnique({ where: { key: "before-outage" } })).not.toBeNull();
  }, 120_000);
});
