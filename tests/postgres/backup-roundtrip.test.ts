// Moving between providers with the backup document (lib/backup): SQLite → export → load into an
// empty PostgreSQL → export gives the identical document (apart from its export time), and the
// same from PostgreSQL back to SQLite. Runs when TEST_POSTGRES_URL names a PostgreSQL server.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportToFile, importFromFile } from "@/lib/backup/commands";
import { resolveDatabaseConfig } from "@/lib/db/config";
import { fillForBackup, withoutExportTime } from "../support/backup-fixture";
import { createPostgresTestDb, type PostgresTestDb } from "../support/postgres-db";
import { createTestDb, rowCounts, type TestDb } from "../support/test-db";

const serverUrl = process.env.TEST_POSTGRES_URL;
const quiet = () => {};

describe.skipIf(!serverUrl)("backup round trip across providers (skipped: set TEST_POSTGRES_URL)", () => {
  let sqlite: TestDb;
  let postgres: PostgresTestDb;
  let backToSqlite: TestDb;
  let folder: string;

  beforeAll(async () => {
    sqlite = createTestDb();
    await fillForBackup(sqlite.db);
    postgres = await createPostgresTestDb(serverUrl!, "workbench_backup", { seed: false });
    backToSqlite = createTestDb();
    folder = mkdtempSync(path.join(tmpdir(), "workbench-roundtrip-"));
  }, 180_000);

  afterAll(async () => {
    await sqlite?.cleanup();
    await postgres?.cleanup();
    await backToSqlite?.cleanup();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const text = (file: string) => {
    const bytes = readFileSync(file);
    return file.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
  };

  it("SQLite → PostgreSQL → export is the same document, and back to SQLite again", async () => {
    const fromSqlite = path.join(folder, "from-sqlite.json.gz");
    await exportToFile(sqlite.db, sqlite.config, fromSqlite, quiet, new Date("2030-01-01T00:00:00Z"));

    const pgConfig = resolveDatabaseConfig(postgres.url);
    await importFromFile(postgres.db, pgConfig, fromSqlite, quiet);
    expect(await rowCounts(postgres.db)).toEqual(await rowCounts(sqlite.db));
    const fromPostgres = path.join(folder, "from-postgres.json");
    await exportToFile(postgres.db, pgConfig, fromPostgres, quiet, new Date("2030-06-01T00:00:00Z"));
    expect(withoutExportTime(text(fromPostgres))).toEqual(withoutExportTime(text(fromSqlite)));

    await importFromFile(backToSqlite.db, backToSqlite.config, fromPostgres, quiet);
    const again = path.join(folder, "again.json");
    await exportToFile(backToSqlite.db, backToSqlite.config, again, quiet, new Date("2031-01-01T00:00:00Z"));
    expect(withoutExportTime(text(again))).toEqual(withoutExportTime(text(fromPostgres)));
  }, 180_000);
});
