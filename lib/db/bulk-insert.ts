// Many rows in few statements: one multi-row INSERT per chunk, in plain SQL. Prisma 6 builds a
// createMany of a few hundred rows in tens of milliseconds of the server's only thread; the SQL
// text costs a fraction of that, and values still go through the driver adapter, so dates and
// numbers are stored exactly as Prisma stores them. The same text runs on SQLite and PostgreSQL.
import { join, raw, sql } from "../../generated/prisma/internal/prismaNamespace";
import type { DbTransaction } from "./client";

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;

// Under SQLite's 32,766 and PostgreSQL's 65,535 bound values with room to spare.
const MAX_VALUES_PER_STATEMENT = 4_000;

/** Table and column names come from code, never from input; they are checked all the same. */
const quoted = (name: string) => {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a table or column name: ${name}`);
  return `"${name}"`;
};

export async function insertRows(
  tx: DbTransaction,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  rowsPerStatement = 200,
): Promise<void> {
  const target = raw(`${quoted(table)} (${columns.map(quoted).join(", ")})`);
  const perStatement = Math.max(1, Math.min(rowsPerStatement, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length)));
  for (let from = 0; from < rows.length; from += perStatement) {
    const values = rows.slice(from, from + perStatement).map((row) => {
      if (row.length !== columns.length)
        throw new Error(`A row for ${table} has ${row.length} values, not ${columns.length}`);
      return sql`(${join(row as unknown[])})`;
    });
    await tx.$executeRaw`INSERT INTO ${target} VALUES ${join(values)}`;
  }
}
