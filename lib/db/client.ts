// Builds a Prisma client for either provider. Both generated clients expose the same model
// API (the PostgreSQL schema is derived from the SQLite one), so the app types against one.
// Each provider goes through an adapter wrapper of ours (lib/db/adapters) that keeps one
// request's statements out of another's transaction and recovers after outages.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../../generated/prisma-pg/client";
import { ReleasingPgAdapterFactory } from "./adapters/postgres";
import { SerializedSqliteAdapterFactory } from "./adapters/sqlite";
import { resolveDatabaseConfig, type DatabaseConfig } from "./config";

export { SQLITE_BUSY_TIMEOUT_MS } from "./adapters/sqlite";

export type Db = PrismaClient;
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Interactive transactions: SQLite runs them one at a time, so under a burst of writes one may
 * wait its turn for several seconds (maxWait); a resolution rescoring thousands of forecasts on
 * a busy machine may take several seconds to run (timeout).
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

/** How long PostgreSQL connection attempts may take before the request fails (and health says 503). */
const POSTGRES_CONNECT_TIMEOUT_MS = 10_000;

export function createDb(config: DatabaseConfig = resolveDatabaseConfig(process.env.DATABASE_URL)): Db {
  if (config.provider === "sqlite") {
    return new PrismaClient({
      adapter: new SerializedSqliteAdapterFactory(config.url),
      transactionOptions: TRANSACTION_OPTIONS,
    });
  }
  const pg = new PrismaPg({ connectionString: config.url, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS });
  return new PostgresPrismaClient({
    adapter: new ReleasingPgAdapterFactory(pg),
    transactionOptions: TRANSACTION_OPTIONS,
  }) as unknown as Db;
}
