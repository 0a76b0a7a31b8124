// `npm test`: the whole suite, in the order that fails fastest: lint, types, schema drift,
// unit + integration (Vitest on real SQLite files), production build, end-to-end (Chromium).
import { spawnSync } from "node:child_process";
import { ensureBrowser } from "./ensure-browser";

const steps: { name: string; command: string[]; env?: Record<string, string> }[] = [
  { name: "Lint", command: ["npm", "run", "--silent", "lint"] },
  { name: "Type check", command: ["npm", "run", "--silent", "typecheck"] },
  {
    name: "PostgreSQL schema is derived from the SQLite one",
    command: ["node", "scripts/derive-postgres-schema.mjs", "--check"],
  },
  {
    name: "Migrations match the schema (drift check)",
    command: ["npx", "tsx", "scripts/db.ts", "drift"],
    env: { DATABASE_URL: "file:./.tmp/drift/drift.db" },
  },
  { name: "Unit and integration tests", command: ["npx", "vitest", "run"] },
  { name: "Production build", command: ["npx", "next", "build"], env: { NODE_OPTIONS: "" } },
  // SQLite always; PostgreSQL too when TEST_POSTGRES_URL is set (CI sets it).
  { name: "Crash-proof writes (SIGKILL mid-load)", command: ["npx", "tsx", "scripts/crash-test.ts"] },
  { name: "End-to-end tests (headless Chromium)", command: ["npx", "tsx", "scripts/e2e.ts"] },
];

ensureBrowser();
const started = Date.now();
for (const [index, step] of steps.entries()) {
  console.log(`\n▶ [${index + 1}/${steps.length}] ${step.name}`);
  const [command, ...args] = step.command as [string, ...string[]];
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
      ...step.env,
    },
  });
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed. The suite stops here.`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✔ All ${steps.length} steps passed in ${Math.round((Date.now() - started) / 1000)} s.`);
