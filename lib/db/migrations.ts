// Applying and checking migrations. Prisma's CLI is the only migration engine that runs here
// (Rust-free, through the driver-adapter configs), so this module drives it as a child process.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseConfig } from "./config";

const root = process.cwd();

function cliConfigFile(config: DatabaseConfig) {
  return config.provider === "sqlite" ? "prisma.config.ts" : "prisma.pg.config.ts";
}

export function migrationsFolder(config: Pick<DatabaseConfig, "provider">): string {
  return path.join(root, config.provider === "sqlite" ? "prisma/migrations" : "prisma/postgres/migrations");
}

/** Names of the migrations committed for this provider, oldest first. */
export function committedMigrations(config: Pick<DatabaseConfig, "provider">): string[] {
  const folder = migrationsFolder(config);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

export type PrismaCliResult = { ok: boolean; output: string; status: number | null };

export function runPrismaCli(config: DatabaseConfig, args: string[]): PrismaCliResult {
  const result = spawnSync(path.join(root, "node_modules/.bin/prisma"), [...args, "--config", cliConfigFile(config)], {
    cwd: root,
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: config.url,
      CHECKPOINT_DISABLE: "1",
      // The schema engine leaves long timers behind; see scripts/unref-long-timers.cjs.
      NODE_OPTIONS: `--require ${path.join(root, "scripts/unref-long-timers.cjs")}`,
    },
  });
  return { ok: result.status === 0, status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

export function applyMigrations(config: DatabaseConfig): PrismaCliResult {
  return runPrismaCli(config, ["migrate", "deploy"]);
}

/** Exit status 0 when the committed migrations produce exactly the schema, 2 when they drift. */
export function checkDrift(config: DatabaseConfig): PrismaCliResult {
  const schema = config.provider === "sqlite" ? "prisma/schema.prisma" : "prisma/postgres/schema.prisma";
  return runPrismaCli(config, [
    "migrate",
    "diff",
    "--from-migrations",
    path.relative(root, migrationsFolder(config)),
    "--to-schema-datamodel",
    schema,
    "--exit-code",
  ]);
}

/** The last meaningful line of Prisma's output, for one-line error messages. */
export function summarizeCliFailure(output: string): string {
  // SQLITE_BUSY reaches the schema engine as an error kind it cannot name.
  if (output.includes("`SocketTimeout`")) {
    return "the database is busy: another process (a running server?) is using it; stop it and try again";
  }
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter(
      (line) =>
        line &&
        !line.startsWith("Loaded Prisma config") &&
        !line.startsWith("Prisma config detected") &&
        !line.startsWith("npm warn"),
    );
  const errorLine = lines.find((line) => /^Error:|^Error [A-Z]\d+|^P\d{4}/.test(line));
  return errorLine ?? lines.at(-1) ?? "unknown error";
}
