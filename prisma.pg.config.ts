// Prisma CLI configuration for PostgreSQL (see README, "Running on PostgreSQL").
import { defineConfig } from "prisma/config";
import { PostgresMigrationAdapterFactory } from "./prisma/adapters/postgres-migrate";

export default defineConfig({
  schema: "prisma/postgres/schema.prisma",
  migrations: { path: "prisma/postgres/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PostgresMigrationAdapterFactory(process.env.DATABASE_URL ?? ""),
});
