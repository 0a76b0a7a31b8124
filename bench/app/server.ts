// The production server as `npm start` runs it (scripts/start.ts: prepare the database, serve the
// build), on its own port and database, with write rate limits off and sign-in limits generous.
// It needs a build (`npx next build`); ensureBuild runs one when .next/BUILD_ID is missing.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export type RunningServer = { base: string; pid: number; stop: () => Promise<void>; output: () => string };

export function ensureBuild() {
  if (existsSync(".next/BUILD_ID")) return;
  process.stderr.write("No production build (.next/BUILD_ID): running `npx next build` first…\n");
  const build = spawnSync(path.resolve("node_modules/.bin/next"), ["build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_OPTIONS: "", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

export async function startServer(databaseUrl: string, port: number): Promise<RunningServer> {
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts"], {
    detached: true, // its own process group, so stop() reaches every process it started
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      WRITE_RATE_LIMIT: "0",
      AUTH_RATE_LIMIT: "100000",
      SIGN_IN_RATE_LIMIT: "100000",
      API_KEY_RATE_LIMIT: "100000",
    },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-20_000)));
  child.stderr?.on("data", (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-20_000)));
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    const timeout = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 10_000);
    await exit;
    clearTimeout(timeout);
  };
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server stopped during startup:\n${output}`);
    try {
      const response = await fetch(`${base}/api/v1/health`);
      if (response.ok) return { base, pid: child.pid!, stop, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`the server did not answer /api/v1/health within 4 minutes:\n${output}`);
}
