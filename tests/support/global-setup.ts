// Builds one migrated SQLite database per test run; each test copies it (tests/support/test-db.ts).
// Each run has its own folder, so two runs in the same checkout never delete each other's files.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { resolveDatabaseConfig } from "../../lib/db/config";
import { applyMigrations, summarizeCliFailure } from "../../lib/db/migrations";

export default function setup() {
  const runDir = path.resolve(`.tmp/vitest/run-${randomUUID()}`);
  mkdirSync(runDir, { recursive: true });
  const templatePath = path.join(runDir, "template.db");
  const result = applyMigrations(resolveDatabaseConfig(`file:${templatePath}`));
  if (!result.ok) throw new Error(`Could not build the test database: ${summarizeCliFailure(result.output)}`);
  // Test workers start after global setup and inherit this.
  process.env.WORKBENCH_TEST_TEMPLATE = templatePath;
  return () => rmSync(runDir, { recursive: true, force: true });
}
