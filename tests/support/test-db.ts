// A real SQLite database per test file, copied from the migrated template (no mocks).
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { createDb, type Db } from "../../lib/db/client";
import { resolveDatabaseConfig, type DatabaseConfig } from "../../lib/db/config";

function templatePath(): string {
  const template = process.env.WORKBENCH_TEST_TEMPLATE;
  if (!template) throw new Error("No test template database: run tests through vitest (tests/support/global-setup.ts)");
  return template;
}

export type TestDb = { db: Db; config: DatabaseConfig & { provider: "sqlite" }; cleanup: () => Promise<void> };

export function createTestDb(): TestDb {
  const filePath = path.join(path.dirname(templatePath()), `test-${randomUUID()}.db`);
  copyFileSync(templatePath(), filePath);
  const config = resolveDatabaseConfig(`file:${filePath}`) as TestDb["config"];
  const db = createDb(config);
  return {
    db,
    config,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(filePath, { force: true });
    },
  };
}

/** Row counts of every table users write to: "nothing written" means these are unchanged. */
export async function rowCounts(db: Db) {
  const [questions, forecasts, resolutions, sources, excerpts, users, optionProbabilities, scores] = await Promise.all([
    db.question.count(),
    db.forecast.count(),
    db.resolution.count(),
    db.source.count(),
    db.excerpt.count(),
    db.user.count(),
    db.forecastOptionProbability.count(),
    db.questionScore.count(),
  ]);
  return { questions, forecasts, resolutions, sources, excerpts, users, optionProbabilities, scores };
}
