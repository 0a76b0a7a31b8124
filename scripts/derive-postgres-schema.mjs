// Writes prisma/postgres/schema.prisma from prisma/schema.prisma: one generated client serves
// one provider, so PostgreSQL gets its own schema that differs only in provider and output.
// `--check` exits 1 when the committed PostgreSQL schema is stale (used by CI).
import { readFileSync, writeFileSync, existsSync } from "node:fs";

const source = readFileSync("prisma/schema.prisma", "utf8");
const derived = [
  "// GENERATED from prisma/schema.prisma by scripts/derive-postgres-schema.mjs; do not edit.",
  source
    .replace(/^\/\/ Forecast Workbench domain model \(SQLite[^\n]*\n(\/\/[^\n]*\n)*/m, "")
    .replace('output     = "../generated/prisma"', 'output     = "../../generated/prisma-pg"')
    .replace('provider = "sqlite"', 'provider = "postgresql"'),
].join("\n");

const target = "prisma/postgres/schema.prisma";
if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (current !== derived) {
    console.error(`${target} is stale: run node scripts/derive-postgres-schema.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(target, derived);
}
