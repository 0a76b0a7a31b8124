// Builds one migrated SQLite database per test run; each test copies it (tests/support/test-db.ts).
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseConfig } from "../../lib/db/config";
import { applyMigrations, summarizeCliFailure } from "../../lib/db/migrations";

export const TEMPLATE_DIR = path.resolve(".tmp/vitest");

export default function setup() {
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  const config = resolveDatabaseConfig(`file:${path.join(TEMPLATE_DIR, "template.db")}`);
  const result = applyMigrations(config);
  if (!result.ok) throw new Error(`Could not build the test database: ${summarizeCliFailure(result.output)}`);
}
