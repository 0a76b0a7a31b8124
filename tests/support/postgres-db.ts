// A fresh, migrated and seeded database on the PostgreSQL server named by TEST_POSTGRES_URL, for
// tests of the PostgreSQL lane; dropped again by cleanup().
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "../../lib/db/client";
import { resolveDatabaseConfig } from "../../lib/db/config";
import { applyMigrations, summarizeCliFailure } from "../../lib/db/migrations";
import { seedDatabase } from "../../lib/seed/load";

async function onServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type PostgresTestDb = { db: Db; url: string; cleanup: () => Promise<void> };

export async function createPostgresTestDb(
  serverUrl: string,
  prefix: string,
  { seed = true }: { seed?: boolean } = {},
): Promise<PostgresTestDb> {
  const name = `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const base = new URL(serverUrl);
  base.pathname = `/${name}`;
  const url = base.toString();
  const migrated = applyMigrations(resolveDatabaseConfig(url));
  if (!migrated.ok) throw new Error(summarizeCliFailure(migrated.output));
  const db = createDb(resolveDatabaseConfig(url));
  if (seed) await seedDatabase(db, "if-empty");
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
