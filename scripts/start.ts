// `npm start`: check the configuration, prepare the database, build when the build is missing
// or older than the code, then serve the production build on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { DatabaseConfigError, resolveDatabaseConfig } from "../lib/db/config";
import { PrepareError, prepareDatabase } from "../lib/db/prepare";
import { DeploymentConfigError, describeDeployment, readDeploymentConfig } from "../lib/deployment/config";
import { ServerHeapError, serverHeapMb } from "../lib/deployment/heap";
import { PrivacyConfigError, publicForecasters } from "../lib/deployment/privacy";
import { WorkerCountError, webConcurrency } from "../lib/deployment/workers";
import { WebhooksConfigError, privateNetworksAllowed } from "../lib/webhooks/url-safety";

const root = process.cwd();
const dev = process.argv.includes("--dev");

function fail(message: string): never {
  console.error(`Forecast Workbench cannot start: ${message}`);
  process.exit(1);
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((child) => newestMtime(path.join(entry, child))));
}

function buildIsStale(): boolean {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const inputs = ["app", "lib", "components", "prisma/schema.prisma", "next.config.js", "package-lock.json"];
  return Math.max(...inputs.map((input) => newestMtime(path.join(root, input)))) > statSync(buildId).mtimeMs;
}

async function main() {
  let config;
  try {
    config = resolveDatabaseConfig(process.env.DATABASE_URL);
  } catch (error) {
    if (error instanceof DatabaseConfigError) fail(error.message);
    throw error;
  }
  const port = process.env.PORT?.trim() || "3000";
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) fail(`PORT "${port}" is not a port number (1–65535)`);
  let deployment;
  try {
    deployment = readDeploymentConfig();
  } catch (error) {
    if (error instanceof DeploymentConfigError) fail(error.message);
    throw error;
  }
  try {
    publicForecasters(process.env.PUBLIC_FORECASTERS);
  } catch (error) {
    if (error instanceof PrivacyConfigError) fail(error.message);
    throw error;
  }
  try {
    privateNetworksAllowed(process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS);
  } catch (error) {
    if (error instanceof WebhooksConfigError) fail(error.message);
    throw error;
  }

  try {
    const report = await prepareDatabase(config, (message) => console.log(message));
    if (!report.skipped)
      console.log(`Loaded ${report.created.questions} questions from ${report.created.sources} sources.`);
  } catch (error) {
    if (error instanceof PrepareError) fail(error.message);
    throw error;
  }

  let workers: number;
  try {
    workers = dev ? 1 : webConcurrency(config.provider, process.env.WEB_CONCURRENCY, availableParallelism());
  } catch (error) {
    if (error instanceof WorkerCountError) fail(error.message);
    throw error;
  }
  let heapMb: number;
  try {
    heapMb = serverHeapMb(process.env.SERVER_HEAP_MB);
  } catch (error) {
    if (error instanceof ServerHeapError) fail(error.message);
    throw error;
  }
  const env = {
    ...process.env,
    DATABASE_URL: config.url,
    PORT: port,
    WEB_CONCURRENCY: String(workers),
    NEXT_TELEMETRY_DISABLED: "1",
    // Each server process (and each cluster worker, which inherits it) collects garbage within this.
    NODE_OPTIONS: dev ? "" : `--max-old-space-size=${heapMb}`,
  };
  const next = path.join(root, "node_modules/.bin/next");
  if (!dev && buildIsStale()) {
    console.log("Building the app (first start or changed code; about a minute)…");
    const build = spawnSync(next, ["build"], { stdio: "inherit", env: { ...env, NODE_OPTIONS: "" } });
    if (build.status !== 0) fail("the production build failed (see the output above)");
  }
  console.log(
    `Forecast Workbench on http://localhost:${port} (database: ${config.provider === "sqlite" ? config.filePath : "PostgreSQL"})`,
  );
  console.log(describeDeployment(deployment, port));
  if (workers > 1) console.log(`Serving with ${workers} processes (WEB_CONCURRENCY).`);
  const tsx = path.join(root, "node_modules/.bin/tsx");
  const server = spawn(tsx, ["scripts/serve.ts", ...(dev ? ["--dev"] : [])], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

void main();
