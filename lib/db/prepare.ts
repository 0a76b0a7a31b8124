// Brings a database to a usable state before the app serves it: the location is usable, every
// committed migration is applied, and an empty database receives the articles' material.
// Failures are PrepareError with one line a person can act on; nothing is ever reset.
import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { rebuildAllReadModels, readModelsMissing } from "../forecasts/read-model";
import { questionsWithUncalibratedScores, recomputeQuestionScores } from "../scoring/recompute";
import { seedDatabase, type SeedReport } from "../seed/load";
import { createDb } from "./client";
import type { DatabaseConfig } from "./config";
import { applyMigrations, committedMigrations, summarizeCliFailure } from "./migrations";

export class PrepareError extends Error {
  override name = "PrepareError";
}

export function ensureSqliteLocationWritable(filePath: string): void {
  const folder = path.dirname(filePath);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new PrepareError(
      `Cannot create the database folder ${folder} (${(error as NodeJS.ErrnoException).code}); set DATABASE_URL to a writable location`,
    );
  }
  if (!statSync(folder).isDirectory()) {
    throw new PrepareError(`The database folder ${folder} is not a directory; set DATABASE_URL to a writable location`);
  }
  try {
    accessSync(folder, constants.W_OK);
    if (existsSync(filePath)) accessSync(filePath, constants.R_OK | constants.W_OK);
  } catch {
    throw new PrepareError(
      `The database ${filePath} is not writable; fix its permissions or set DATABASE_URL to a writable location`,
    );
  }
  if (existsSync(filePath) && !statSync(filePath).isFile()) {
    throw new PrepareError(`The database path ${filePath} is not a file; set DATABASE_URL to a file path`);
  }
}

/**
 * How many committed migrations the database lacks, or null when that cannot be read (a new
 * database). Skipping the migration engine when none are missing lets the admin CLI run beside a
 * serving app: the engine wants the SQLite file to itself.
 */
async function pendingMigrations(config: DatabaseConfig): Promise<number | null> {
  const query = `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  let rows: { migration_name: string }[];
  try {
    if (config.provider === "sqlite") {
      if (!existsSync(config.filePath)) return null;
      // Read-only and quiet: a file that is not a database is the migration step's to report.
      const file = new Database(config.filePath, { readonly: true, fileMustExist: true });
      try {
        rows = file.prepare(query).all() as { migration_name: string }[];
      } finally {
        file.close();
      }
    } else {
      const db = createDb(config);
      try {
        rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(query);
      } finally {
        await db.$disconnect();
      }
    }
  } catch {
    return null;
  }
  const applied = new Set(rows.map((row) => row.migration_name));
  return committedMigrations(config).filter((name) => !applied.has(name)).length;
}

export async function prepareDatabase(
  config: DatabaseConfig,
  onProgress: (message: string) => void = () => {},
): Promise<SeedReport> {
  if (config.provider === "sqlite") ensureSqliteLocationWritable(config.filePath);

  if ((await pendingMigrations(config)) === 0) {
    onProgress("Database migrations are up to date.");
  } else {
    onProgress("Applying database migrations…");
    const migrated = applyMigrations(config);
    if (!migrated.ok) throw new PrepareError(`Database migration failed: ${summarizeCliFailure(migrated.output)}`);
  }

  onProgress("Loading the articles' questions into an empty database…");
  const db = createDb(config);
  try {
    const report = await seedDatabase(db, "if-empty");
    const { questions, resolutions } = report.corrected;
    if (questions + resolutions > 0) {
      onProgress(
        `Brought ${questions} seeded questions and ${resolutions} seeded resolutions up to date with the seed.`,
      );
    }
    // A database from before the read models (or loaded in bulk) gets them built once, here.
    if (await readModelsMissing(db)) {
      onProgress("Building the forecast read models from the forecast log…");
      const rebuilt = await rebuildAllReadModels(db, (done, total) => {
        if (done === total || done % 100 === 0) onProgress(`  ${done}/${total} questions`);
      });
      onProgress(`Read models built from ${rebuilt.forecasts} forecasts on ${rebuilt.questions} questions.`);
    }
    // Scores from before QuestionScore.calibration existed get it by recomputing their questions.
    const uncalibrated = await questionsWithUncalibratedScores(db);
    if (uncalibrated.length > 0) {
      onProgress(`Adding calibration pairs to the scores of ${uncalibrated.length} resolved questions…`);
      for (const [index, questionId] of uncalibrated.entries()) {
        await db.$transaction((tx) => recomputeQuestionScores(tx, questionId));
        if ((index + 1) % 100 === 0) onProgress(`  ${index + 1}/${uncalibrated.length} questions`);
      }
    }
    return report;
  } finally {
    await db.$disconnect();
  }
}
