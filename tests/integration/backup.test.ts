// Full backup and restore on real SQLite files (lib/backup): the whole install to a versioned
// document and back into an empty database, identical when exported again; gzip; refusal to load
// into a database that holds anything; and a consistent online copy with SQLite's backup API.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportToFile, importFromFile, schemaOf } from "@/lib/backup/commands";
import { BACKUP_FORMAT } from "@/lib/backup/format";
import { BackupLoadError } from "@/lib/backup/load";
import { copySqliteDatabase } from "@/lib/backup/sqlite-copy";
import { TABLES } from "@/lib/backup/tables";
import { createDb } from "@/lib/db/client";
import { resolveDatabaseConfig } from "@/lib/db/config";
import { dumpToText, fillForBackup, withoutExportTime } from "../support/backup-fixture";
import { createTestDb, rowCounts, type TestDb } from "../support/test-db";

let source: TestDb;
let folder: string;
const quiet = () => {};

beforeAll(async () => {
  source = createTestDb();
  await fillForBackup(source.db);
  folder = mkdtempSync(path.join(tmpdir(), "workbench-backup-"));
}, 60_000);

afterAll(async () => {
  await source.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

describe("npm run admin -- export / import", () => {
  it("writes a versioned document with every table, gzip when the name ends in .gz, and loads it back identically", async () => {
    const file = path.join(folder, "install.json.gz");
    const exported = await exportToFile(source.db, source.config, file, quiet, new Date("2030-01-01T00:00:00Z"));
    expect(exported.rows.Forecast).toBeGreaterThan(0);
    const text = gunzipSync(readFileSync(file)).toString("utf8");
    const document = JSON.parse(text) as {
      format: string;
      version: number;
      schema: string;
      tables: Record<string, unknown[]>;
    };
    expect(document).toMatchObject({ format: BACKUP_FORMAT, version: 1, schema: schemaOf(source.config) });
    expect(Object.keys(document.tables)).toEqual(TABLES.map((table) => table.name));
    expect(document.tables.Forecast).toHaveLength(await source.db.forecast.count());

    const target = createTestDb();
    try {
      const loaded = await importFromFile(target.db, target.config, file, quiet);
      expect(loaded.rows).toEqual(exported.rows);
      expect(await rowCounts(target.db)).toEqual(await rowCounts(source.db));
      const again = await dumpToText(target.db, schemaOf(target.config), new Date("2031-01-01T00:00:00Z"));
      expect(withoutExportTime(again)).toEqual(withoutExportTime(text));
    } finally {
      await target.cleanup();
    }
  });

  it("refuses to load into a database that already holds rows, and changes nothing there", async () => {
    const file = path.join(folder, "refused.json");
    await exportToFile(source.db, source.config, file, quiet);
    const before = await rowCounts(source.db);
    await expect(importFromFile(source.db, source.config, file, quiet)).rejects.toThrow(BackupLoadError);
    await expect(importFromFile(source.db, source.config, file, quiet)).rejects.toThrow(/not empty \(rows in User/);
    expect(await rowCounts(source.db)).toEqual(before);
  });

  it("rolls back a load that fails part-way, leaving the database empty", async () => {
    const file = path.join(folder, "broken.json");
    await exportToFile(source.db, source.config, file, quiet);
    const lines = readFileSync(file, "utf8").split("\n");
    const forecastRow = lines.findIndex((line) => line === '"Forecast":[') + 1;
    lines[forecastRow] = "{not json";
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, lines.join("\n"));
    const target = createTestDb();
    try {
      await expect(importFromFile(target.db, target.config, file, quiet)).rejects.toThrow(/line \d+: not a JSON row/);
      expect(Object.values(await rowCounts(target.db)).every((count) => count === 0)).toBe(true);
    } finally {
      await target.cleanup();
    }
  });
});

describe("npm run admin -- backup", () => {
  it("copies the live database consistently; the copy opens as a workbench database", async () => {
    const copy = path.join(folder, "copy.db");
    const result = await copySqliteDatabase(source.config.filePath, copy);
    expect(result.totalPages).toBeGreaterThan(0);
    const restored = createDb(resolveDatabaseConfig(`file:${copy}`));
    try {
      expect(await rowCounts(restored)).toEqual(await rowCounts(source.db));
      const original = await dumpToText(source.db, "s", new Date(0));
      expect(await dumpToText(restored, "s", new Date(0))).toEqual(original);
    } finally {
      await restored.$disconnect();
    }
    await expect(copySqliteDatabase(source.config.filePath, copy)).rejects.toThrow(/exists/);
  });
});
