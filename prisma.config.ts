// Prisma CLI configuration for the embedded SQLite database (the default).
// PostgreSQL uses prisma.pg.config.ts; scripts/db.mjs picks one from DATABASE_URL.
import { defineConfig } from "prisma/config";
import { SqliteMigrationAdapterFactory } from "./prisma/adapters/sqlite-migrate";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () =>
    new SqliteMigrationAdapterFactory({ url: process.env.DATABASE_URL ?? "file:./data/workbench.db" }),
});
