// `npm test`: the whole suite, in the order that fails fastest: lint, types, schema drift,
// unit + integration (Vitest on real SQLite files), the same with the clock years ahead,
// production build, end-to-end (Chromium, two workers, shuffled in CI), the same years ahead.
import { spawnSync } from "node:child_process";
import { ensureBrowser } from "./ensure-browser";

type Step = { name: string; command: string[]; env?: Record<string, string>; skip?: string };

/** The far-future lane's date: past every fixed date in the seed's live questions. */
const FAR_FUTURE = "2031-06-01";

/**
 * faketime's argument for that date, as an offset from the real clock ("+N" seconds) rather than
 * "@2031-06-01 00:00:00": with "@" every process starts its own clock at that instant, so a child
 * process (the admin CLI, the server under test) would stamp times earlier than its parent's.
 * Once the date itself is past, the lane moves the clock five years ahead instead.
 */
function farFutureOffset(): string {
  const target = Math.max(Date.parse(`${FAR_FUTURE}T00:00:00Z`), Date.now() + 5 * 365 * 86_400_000);
  return `+${Math.round((target - Date.now()) / 1000)}`;
}

function hasFaketime(): boolean {
  return spawnSync("faketime", ["--version"], { stdio: "ignore" }).status === 0;
}

/** A step run with the clock moved to FAR_FUTURE, or skipped with the reason when faketime is missing. */
function farFuture(what: string, command: string[]): Step {
  return {
    name: `${what} with the clock at ${FAR_FUTURE}`,
    command: ["faketime", "-f", farFutureOffset(), ...command],
    // Only wall-clock time moves: timers and timeouts keep running on real time. The PostgreSQL
    // server runs outside the moved clock (its now() would disagree with the app's), so these
    // steps keep to SQLite files, where every clock the tests meet is the moved one.
    env: { FAKETIME_DONT_FAKE_MONOTONIC: "1", TEST_POSTGRES_URL: "" },
    skip: hasFaketime()
      ? undefined
      : "faketime is not installed (Debian/Ubuntu: apt-get install faketime); CI runs this step",
  };
}

const steps: Step[] = [
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
  // Tests must not depend on today's date: the same suite with the system clock years ahead
  // catches a test (or a service without an injected clock) that only passes until some date.
  farFuture("Unit and integration tests", ["npx", "vitest", "run"]),
  { name: "Production build", command: ["npx", "next", "build"], env: { NODE_OPTIONS: "" } },
  // SQLite always; PostgreSQL too when TEST_POSTGRES_URL is set (CI sets it).
  { name: "Crash-proof writes (SIGKILL mid-load)", command: ["npx", "tsx", "scripts/crash-test.ts"] },
  { name: "A live session followed across two server processes", command: ["npx", "tsx", "scripts/workers-test.ts"] },
  { name: "End-to-end tests (headless Chromium)", command: ["npx", "tsx", "scripts/e2e.ts"] },
  // The server and the tests in the future: no test may forecast on a seeded question that has
  // closed by then, or compute a date the server disagrees with.
  farFuture("End-to-end tests", ["npx", "tsx", "scripts/e2e.ts"]),
];

ensureBrowser();
const started = Date.now();
let skipped = 0;
for (const [index, step] of steps.entries()) {
  console.log(`\n▶ [${index + 1}/${steps.length}] ${step.name}`);
  if (step.skip) {
    console.log(`  skipped: ${step.skip}`);
    skipped += 1;
    continue;
  }
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
const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  skipped === 0
    ? `\n✔ All ${steps.length} steps passed in ${seconds} s.`
    : `\n✔ ${steps.length - skipped} of ${steps.length} steps passed in ${seconds} s (${skipped} skipped, see above).`,
);
