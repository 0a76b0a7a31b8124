// Writing the whole install as a backup document (lib/backup/format.ts), a page of rows at a
// time and waiting for the output to drain, so memory stays bounded by one page however large
// the database is.
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Db } from "../db/client";
import { BACKUP_FORMAT, BACKUP_VERSION, headerLine } from "./format";
import { TABLES, delegateOf, type TableSpec } from "./tables";

const PAGE = 1000;

type Row = Record<string, unknown>;

export async function dumpInstall(
  db: Db,
  out: Writable,
  options: { now: Date; schema: string; onProgress?: (table: string, rows: number) => void },
): Promise<Record<string, number>> {
  // Waits for the output to drain when its buffer is full; `once` rejects if it fails instead.
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(
    headerLine({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: options.now.toISOString(),
      schema: options.schema,
    }),
  );
  const counts: Record<string, number> = {};
  for (const [index, table] of TABLES.entries()) {
    await write(`${JSON.stringify(table.name)}:[\n`);
    let count = 0;
    for await (const page of pagesOf(db, table)) {
      let text = "";
      for (const row of page) {
        text += `${count === 0 ? "" : ",\n"}${JSON.stringify(row)}`;
        count += 1;
      }
      await write(text);
      if (count % 100_000 === 0) options.onProgress?.(table.name, count);
    }
    counts[table.name] = count;
    options.onProgress?.(table.name, count);
    await write(`${count === 0 ? "" : "\n"}]${index === TABLES.length - 1 ? "" : ","}\n`);
  }
  await write("}}\n");
  return counts;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function* pagesOf(db: Db, table: TableSpec): AsyncGenerator<Row[]> {
  const delegate = delegateOf(db, table);
  const orderBy = table.key.map((field) => ({ [field]: "asc" }));
  if (table.sortInMemory) {
    const rows = await delegate.findMany({});
    const keyOf = (row: Row) => table.key.map((field) => String(row[field])).join("\u0000");
    yield rows.sort((a, b) => byCodeUnit(keyOf(a), keyOf(b)));
    return;
  }
  if (table.key.length === 1) {
    const [field] = table.key as [string];
    let after: unknown;
    for (;;) {
      const page = await delegate.findMany({
        where: after === undefined ? {} : { [field]: { gt: after } },
        orderBy,
        take: PAGE,
      });
      if (page.length > 0) yield page;
      if (page.length < PAGE) return;
      after = page.at(-1)![field];
    }
  }
  // A two-part key reads as two index ranges a page: the rest of the last first-key group, then
  // the next groups. (One OR condition, or Prisma's compound cursor, can make SQLite scan the table.)
  const [first, second] = table.key as [string, string];
  let last: Row | undefined;
  for (;;) {
    const rest = last
      ? await delegate.findMany({ where: { [first]: last[first], [second]: { gt: last[second] } }, orderBy })
      : [];
    const page = await delegate.findMany({
      where: last ? { [first]: { gt: last[first] } } : {},
      orderBy,
      take: PAGE,
    });
    const rows = [...rest, ...page];
    if (rows.length > 0) yield rows;
    if (page.length < PAGE) return;
    last = page.at(-1)!;
  }
}
