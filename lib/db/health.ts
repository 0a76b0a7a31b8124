// What /api/v1/health reports: can we reach the database, and is every committed migration applied?
import type { Db } from "./client";
import { committedMigrations } from "./migrations";
import type { DatabaseConfig } from "./config";

export type Health = {
  status: "ok" | "degraded";
  database: { reachable: boolean; provider: DatabaseConfig["provider"]; error?: string };
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
    return {
      status: "degraded",
      database: { reachable: false, provider: config.provider, error: (error as Error).message.split("\n")[0] },
      migrations: { applied: 0, committed: committed.length, pending: committed },
    };
  }
}
