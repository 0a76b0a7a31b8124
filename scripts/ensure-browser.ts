// End-to-end tests need a Chromium. Machines here cannot download Playwright's own build,
// so Debian's package is used; as root with apt-get it is installed on first use.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

function playwrightHasOwnBrowser(): boolean {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), ".cache/ms-playwright");
  return existsSync(cache) && readdirSync(cache).some((entry) => entry.startsWith("chromium"));
}

export function ensureBrowser(): void {
  if (SYSTEM_CHROMIUM.some((candidate) => existsSync(candidate)) || playwrightHasOwnBrowser()) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Chromium for the end-to-end tests (apt-get install chromium, about 30 s)…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    const install = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit" });
    if (install.status === 0) return;
  }
  console.error(
    "No Chromium for the end-to-end tests: install it (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) and run npm test again.",
  );
  process.exit(1);
}
