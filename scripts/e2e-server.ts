// The e2e suite's web server (playwright.config.ts): `npm start` on a SQLite file that is deleted
// first, so every run (`npm run test:e2e` or `npx playwright test` alike) starts from the seed
// alone and no spec can lean on accounts or questions a previous run left behind.
import { rmSync } from "node:fs";
import path from "node:path";

const url = process.env.DATABASE_URL ?? "";
if (!url.startsWith("file:")) {
  console.error(`The e2e server expects a SQLite DATABASE_URL (file:…), got "${url}"`);
  process.exit(1);
}
const file = path.resolve(url.slice("file:".length));
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
await import("./start");
