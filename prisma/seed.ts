// `npm run seed`: loads the articles' sources, excerpts, questions and resolutions into the
// database named by DATABASE_URL. Create-only and keyed by seed keys, so running it again
// changes nothing and never touches what users entered.
import { createDb } from "../lib/db/client";
import { resolveDatabaseConfig } from "../lib/db/config";
import { seedDatabase } from "../lib/seed/load";

const db = createDb(resolveDatabaseConfig(process.env.DATABASE_URL));
seedDatabase(db, "explicit")
  .then((report) => console.log(`Seed: created ${JSON.stringify(report.created)}`))
  .catch((error: unknown) => {
    console.error(`Seed failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
