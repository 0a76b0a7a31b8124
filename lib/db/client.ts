// Builds a Prisma client for either provider. Both generated clients expose the same model
// API (the PostgreSQL schema is derived from the SQLite one), so the app types against one.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../../generated/prisma-pg/client";
import { resolveDatabaseConfig, type DatabaseConfig } from "./config";

export type Db = PrismaClient;
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(config: DatabaseConfig = resolveDatabaseConfig(process.env.DATABASE_URL)): Db {
  if (config.provider === "sqlite") {
    return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: config.url }) });
  }
  return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: config.url }) }) as unknown as Db;
}
