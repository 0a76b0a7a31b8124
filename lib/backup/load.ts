// Loading a backup document into an empty database of either provider, read a line at a time
// (lib/backup/format.ts) and written in batches inside one transaction: a failed load leaves the
// database as empty as it was.
import type { Db } from "../db/client";
import { parseHeaderLine, type BackupHeader } from "./format";
import { TABLES, delegateOf, type TableSpec } from "./tables";

const BATCH = 1000;
const LOAD_TIMEOUT_MS = 6 * 60 * 60_000;

type Row = Record<string, unknown>;

export class BackupLoadError extends Error {}

/** Tables that already hold rows; a load needs none. */
export async function nonEmptyTables(db: Db): Promise<string[]> {
  const counts = await Promise.all(
    TABLES.map(async (table) => [table.name, await delegateOf(db, table).count()] as const),
  );
  return counts.filter(([, count]) => count > 0).map(([name]) => name);
}

export async function loadInstall(
  db: Db,
  lines: AsyncIterable<string>,
  options: { schema: string; onProgress?: (table: string, rows: number) => void },
): Promise<{ header: BackupHeader; counts: Record<string, number> }> {
  const occupied = await nonEmptyTables(db);
  if (occupied.length > 0) {
    throw new BackupLoadError(
      `the database is not empty (rows in ${occupied.join(", ")}): load a backup into a freshly migrated database`,
    );
  }
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new BackupLoadError("the file is empty");
  let header: BackupHeader;
  try {
    header = parseHeaderLine(first.value);
  } catch (error) {
    throw new BackupLoadError((error as Error).message);
  }
  if (header.schema !== options.schema) {
    throw new BackupLoadError(
      `the backup fits schema ${header.schema}, this database has ${options.schema}: load it with the version that wrote it, then upgrade`,
    );
  }
  const counts: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      const deferred: { table: TableSpec; where: Row; data: Row }[] = [];
      let table: TableSpec | null = null;
      let batch: Row[] = [];
      let lineNumber = 1;
      const flush = async () => {
        if (!table || batch.length === 0) return;
        await delegateOf(tx, table).createMany({ data: batch });
        counts[table.name] = (counts[table.name] ?? 0) + batch.length;
        options.onProgress?.(table.name, counts[table.name]!);
        batch = [];
      };
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        lineNumber += 1;
        const line = next.value;
        if (line === "" || line === "}}") continue;
        const opening = /^"(\w+)":\[$/.exec(line);
        if (opening) {
          table = TABLES.find((candidate) => candidate.name === opening[1]) ?? null;
          if (!table) throw new BackupLoadError(`line ${lineNumber}: unknown table ${opening[1]}`);
          counts[table.name] = 0;
          continue;
        }
        if (line === "]" || line === "],") {
          await flush();
          table = null;
          continue;
        }
        if (!table) throw new BackupLoadError(`line ${lineNumber}: a row outside any table`);
        let row: Row;
        try {
          row = JSON.parse(line.endsWith(",") ? line.slice(0, -1) : line) as Row;
        } catch {
          throw new BackupLoadError(`line ${lineNumber}: not a JSON row`);
        }
        if (table.deferred) {
          const later = Object.fromEntries(
            table.deferred.filter((field) => row[field] != null).map((field) => [field, row[field]]),
          );
          if (Object.keys(later).length > 0) {
            // Prisma stamps @updatedAt on every update: the row's own value is written back with it.
            const stamp = "updatedAt" in row ? { updatedAt: row.updatedAt } : {};
            deferred.push({ table, where: { [table.key[0]!]: row[table.key[0]!] }, data: { ...later, ...stamp } });
            row = { ...row, ...Object.fromEntries(Object.keys(later).map((field) => [field, null])) };
          }
        }
        batch.push(row);
        if (batch.length >= BATCH) await flush();
      }
      for (const update of deferred)
        await delegateOf(tx, update.table).update({ where: update.where, data: update.data });
    },
    { timeout: LOAD_TIMEOUT_MS, maxWait: 60_000 },
  );
  return { header, counts };
}
