// Database tasks: `npm run db:migrate` and `npm run db:drift` (the seed CLI is prisma/seed.ts; its data and loader are in lib/seed).
import { DatabaseConfigError, resolveDatabaseConfig } from "../lib/db/config";
import { ensureSqliteLocationWritable } from "../lib/db/prepare";
import { applyMigrations, checkDrift, summarizeCliFailure } from "../lib/db/migrations";

async function main() {
  const task = process.argv[2];
  const config = resolveDatabaseConfig(process.env.DATABASE_URL);
  if (config.provider === "sqlite") ensureSqliteLocationWritable(config.filePath);
  if (task === "migrate") {
    const result = applyMigrations(config);
    if (!result.ok) throw new Error(`migration failed: ${summarizeCliFailure(result.output)}`);
    console.log("All migrations applied.");
  } else if (task === "drift") {
    const result = checkDrift(config);
    if (!result.ok)
      throw new Error(
        `prisma/schema.prisma and the committed migrations disagree (${config.provider}): ${summarizeCliFailure(result.output)}`,
      );
    console.log(`No drift: the ${config.provider} migrations produce exactly the schema.`);
  } else {
    throw new Error(`unknown task "${task ?? ""}" (expected migrate or drift)`);
  }
}

main().catch((error: unknown) => {
  const message = error instanceof DatabaseConfigError || error instanceof Error ? error.message : String(error);
  console.error(`db: ${message}`);
  process.exit(1);
});
