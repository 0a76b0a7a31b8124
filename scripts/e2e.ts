// `npm run test:e2e`: end-to-end tests on a fresh database of their own.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

rmSync(path.resolve(".tmp/e2e"), { recursive: true, force: true });
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1", NODE_OPTIONS: "" },
});
process.exit(result.status ?? 1);
