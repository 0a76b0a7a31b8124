// The admin CLI's export, import and backup (scripts/admin.ts): the whole install to a backup
// document and back, and a consistent copy of a live SQLite file. Progress goes to `log`.
import type { Db } from "../db/client";
import type { DatabaseConfig } from "../db/config";
import { committedMigrations } from "../db/migrations";
import { dumpInstall } from "./dump";
import { backupLines, backupWriter } from "./files";
import { loadInstall } from "./load";
import { copySqliteDatabase } from "./sqlite-copy";

export const schemaOf = (config: Pick<DatabaseConfig, "provider">) => committedMigrations(config).at(-1) ?? "none";

export async function exportToFile(
  db: Db,
  config: DatabaseConfig,
  path: string,
  log: (line: string) => void,
  now = new Date(),
) {
  const { out, finished } = backupWriter(path);
  const counts = await dumpInstall(db, out, {
    now,
    schema: schemaOf(config),
    onProgress: (table, rows) => log(`${table}: ${rows} rows`),
  });
  out.end();
  await finished;
  return { file: path, exportedAt: now.toISOString(), rows: counts };
}

export async function importFromFile(db: Db, config: DatabaseConfig, path: string, log: (line: string) => void) {
  const { header, counts } = await loadInstall(db, backupLines(path), {
    schema: schemaOf(config),
    onProgress: (table, rows) => {
      if (rows % 100_000 === 0) log(`${table}: ${rows} rows`);
    },
  });
  return { file: path, exportedAt: header.exportedAt, rows: counts };
}

export async function backupSqlite(config: DatabaseConfig, path: string, log: (line: string) => void) {
  if (config.provider !== "sqlite") {
    throw new Error("backup copies a SQLite database; for PostgreSQL use pg_dump, or npm run admin -- export");
  }
  const result = await copySqliteDatabase(config.filePath, path, (copied, total) =>
    log(`copied ${copied}/${total} pages`),
  );
  return { file: path, pages: result.totalPages };
}
