// Generates both Prisma clients (SQLite and PostgreSQL). The Prisma CLI needs a DATABASE_URL
// of the right scheme while it runs, or `prisma generate` tries to download a query engine;
// the value is never connected to.
import { execFileSync } from "node:child_process";

const targets = [
  { config: "prisma.config.ts", url: "file:./data/workbench.db" },
  { config: "prisma.pg.config.ts", url: "postgresql://localhost:5432/unused" },
];
for (const { config, url } of targets) {
  try {
    execFileSync("npx", ["prisma", "generate", "--config", config], {
      stdio: "pipe",
      env: { ...process.env, CHECKPOINT_DISABLE: "1", DATABASE_URL: url },
    });
  } catch (error) {
    process.stderr.write(String(error.stdout ?? "") + String(error.stderr ?? ""));
    process.exit(1);
  }
}
