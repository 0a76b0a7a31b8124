import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
// Debian's Chromium when present (machines without internet cannot download Playwright's own).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
export const INTRANET_HOST = "workbench.test";
export const E2E_PORT = PORT;
export const E2E_DATABASE = path.resolve(".tmp/e2e/workbench.db");

function withoutFaketime(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || name === "FAKETIME" || name.startsWith("FAKETIME_")) continue;
    kept[name] =
      name === "LD_PRELOAD"
        ? value
            .split(/[:\s]+/)
            .filter((lib) => !lib.includes("faketime"))
            .join(":")
        : value;
  }
  return kept;
}

export default defineConfig({
  testDir: "./e2e",
  // Every test makes its own accounts and questions (e2e/support.ts), so tests run in any order
  // and side by side; two workers keep that proven (scripts/e2e.ts shuffles the order in CI).
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  // Two browsers and the server share the machine's CPUs (two in CI), and an axe scan of a page
  // takes seconds on its own: a test that scans several pages needs more than the usual 30 s.
  timeout: 60_000,
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      // Under faketime (the far-future lane, scripts/test-all.ts) the runner and the server move to
      // the future, but Chromium does not start with libfaketime preloaded: it renders blank pages.
      // What a test checks is decided by the server's clock; the browser's only formats dates.
      env: withoutFaketime(process.env),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        // Keeps Chromium from resolving Google's hosts on machines without internet, and maps the
        // intranet-style host name the deployment spec browses as (not a secure context, unlike
        // localhost and 127.0.0.1).
        `--host-resolver-rules=MAP ${INTRANET_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
      ],
    },
  },
  webServer: {
    // A fresh database on every start (scripts/e2e-server.ts).
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    env: {
      DATABASE_URL: `file:${E2E_DATABASE}`,
      PORT: String(PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      // Tests that act as an administrator sign up with one of these addresses (e2e/support.ts),
      // each test with its own, so none depends on being the install's first account.
      ADMIN_EMAIL:
        "administrator@e2e.example.org,auditor@e2e.example.org,layout@e2e.example.org,continuous@e2e.example.org",
      // e2e/webhooks.spec.ts receives deliveries on 127.0.0.1.
      WEBHOOKS_ALLOW_PRIVATE_NETWORKS: "true",
    },
  },
});
