// What /api/v1/health reports: can we reach the database, and is every committed migration applied?
// Anyone may call it, so a failure is reported as a fixed phrase; the driver's message (which can
// name files, hosts or users) goes to the server log only.
import type { Db } from "./client";
import { committedMigrations } from "./migrations";
import type { DatabaseConfig } from "./config";

export const DATABASE_UNREACHABLE = "database unreachable";

export type Health = {
  status: "ok" | "degraded";
  database: { reachable: boolean; provider: DatabaseConfig["provider"]; error?: typeof DATABASE_UNREACHABLE };
  migrations: { applied: number; committed: number; pending: string[] };
};

export async function checkHealth(db: Db, config: Pick<DatabaseConfig, "provider">): Promise<Health> {
  const committed = committedMigrations(config);
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = committed.filter((name) => !applied.has(name));
    return {
      status: pending.length === 0 ? "ok" : "degraded",
      database: { reachable: true, provider: config.provider },
      migrations: { applied: applied.size, committed: committed.length, pending },
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`Health check: the ${config.provider} database is unreachable: ${detail}`);
    return unreachableHealth(config);
  }
}

/** The report when the database cannot even be named or opened. */
export function unreachableHealth(config: Pick<DatabaseConfig, "provider">): Health {
  const committed = committedMigrations(config);
  return {
    status: "degraded",
    database: { reachable: false, provider: config.provider, error: DATABASE_UNREACHABLE },
    migrations: { applied: 0, committed: committed.length, pending: committed },
  };
}
