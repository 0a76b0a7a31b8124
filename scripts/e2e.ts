// `npm run test:e2e`: end-to-end tests on a fresh database of their own (scripts/e2e-server.ts),
// two workers side by side (playwright.config.ts).
//
// `--shuffle` runs the tests in a random order, `--shuffle=SEED` in the order that seed gives;
// CI always shuffles. The seed is printed first, so an order that fails can be replayed exactly
// (with the same test files, since the order is derived from the tests' ids). Other arguments go
// to `playwright test` unchanged.
import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";

const passed: string[] = [];
let seed: string | undefined;
for (const arg of process.argv.slice(2)) {
  if (arg === "--shuffle") seed = String(randomInt(1, 1_000_000_000));
  else if (arg.startsWith("--shuffle=")) seed = arg.slice("--shuffle=".length);
  else passed.push(arg);
}
// An order nobody chose is the point: a test that leans on another's data or on running first
// fails on some seed instead of passing by the alphabet.
if (seed === undefined && process.env.CI) seed = String(randomInt(1, 1_000_000_000));
if (seed !== undefined) {
  if (!/^\w+$/.test(seed)) {
    console.error(`--shuffle=SEED takes letters and digits, got "${seed}"`);
    process.exit(2);
  }
  console.log(`End-to-end tests in a shuffled order, seed ${seed}. Replay: npm run test:e2e -- --shuffle=${seed}`);
  passed.push("--shuffle", seed);
}

const result = spawnSync("npx", ["playwright", "test", ...passed], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1", NODE_OPTIONS: "" },
});
if (result.status !== 0 && seed !== undefined) {
  console.error(`\nThe shuffled run failed with seed ${seed}. Replay: npm run test:e2e -- --shuffle=${seed}`);
}
process.exit(result.status ?? 1);
