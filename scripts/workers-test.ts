// `npm run test:workers`: a live session followed across two server processes. It starts the
// production server with WEB_CONCURRENCY=2 on a fresh SQLite file, checks that two processes
// serve, opens two live-event streams (consecutive connections, which node:cluster hands to
// different processes in turn), advances the session through every step with fresh connections,
// and requires both streams to see every step. Exit 1 on any miss.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createApiKey } from "../lib/auth/api-keys";
import { createDb } from "../lib/db/client";
import { resolveDatabaseConfig } from "../lib/db/config";
import { prepareDatabase } from "../lib/db/prepare";
import { createQuestion } from "../lib/questions/create";
import { createSession } from "../lib/sessions/sessions";
import { createTeam } from "../lib/teams/teams";
import { createUser } from "../lib/users/create-user";

const root = process.cwd();
const STEPS = ["reveal", "round2", "closed"] as const;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function fail(message: string): never {
  console.error(`[workers] FAILED: ${message}`);
  process.exit(1);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Reads "version" events from a live-event stream into `seen` until aborted. */
async function follow(url: string, key: string, seen: string[], signal: AbortSignal) {
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${key}`, connection: "close" },
    signal,
  });
  if (response.status !== 200 || !response.body) fail(`the event stream answered ${response.status}`);
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = event.split("\n").find((line) => line.startsWith("data: "));
        if (event.includes("event: version") && data) seen.push((JSON.parse(data.slice(6)) as { step: string }).step);
      }
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { stdio: "inherit" });
    if (build.status !== 0) fail("the production build failed");
  }
  const dir = path.join(root, ".tmp/workers");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const config = resolveDatabaseConfig(`file:${path.join(dir, "workbench.db")}`);
  await prepareDatabase(config, () => {});
  const db = createDb(config);
  const facilitator = await createUser(db, { email: "facilitator@workers.example.org", name: "Facilitator" });
  const viewer = { userId: facilitator.id, name: "Facilitator", role: "USER" as const, teamIds: [] as string[] };
  const team = await createTeam(db, viewer, { name: "Two processes" });
  viewer.teamIds.push(team.id);
  const question = await createQuestion(db, viewer, {
    title: "Will the two processes agree on every step?",
    resolutionCriteria: "Resolves YES if both event streams see every step of the session.",
    type: "BINARY",
    closeAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    resolveBy: new Date(Date.now() + 400 * 86_400_000).toISOString(),
    themes: ["truce"],
    teamId: team.id,
  });
  const session = await createSession(db, viewer, {
    teamId: team.id,
    title: "Followed across processes",
    questionIds: [question.id],
  });
  const { key } = await createApiKey(db, facilitator.id, "workers test");
  await db.$disconnect();

  const port = await freePort();
  const server = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/serve.ts"], {
    env: { ...process.env, DATABASE_URL: config.url, PORT: String(port), WEB_CONCURRENCY: "2", NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  let output = "";
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {}
  };
  process.on("exit", stop);

  const base = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 250) {
    const ready = (output.match(/Ready on port \d+ \(process \d+\)/g) ?? []).length;
    if (ready >= 2) break;
    if (waited > 120_000) fail(`two server processes did not start (output: ${output.trim()})`);
    await sleep(250);
  }
  const pids = new Set([...output.matchAll(/\(process (\d+)\)/g)].map((match) => match[1]));
  if (pids.size !== 2) fail(`expected two serving processes, saw ${pids.size}`);
  console.log(`[workers] two server processes ready (${[...pids].join(", ")}) on port ${port}`);

  const abort = new AbortController();
  const streams = [[], []] as string[][];
  const following = streams.map((seen) =>
    follow(`${base}/api/v1/sessions/${session.id}/events`, key, seen, abort.signal),
  );
  for (let waited = 0; streams.some((seen) => seen.length === 0); waited += 100) {
    if (waited > 15_000) fail("the event streams sent no first version");
    await sleep(100);
  }
  for (const step of STEPS) {
    const response = await fetch(`${base}/api/v1/sessions/${session.id}/advance`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json", connection: "close" },
      body: "{}",
    });
    if (response.status !== 200) fail(`advancing to ${step} answered ${response.status}: ${await response.text()}`);
    for (let waited = 0; streams.some((seen) => seen.at(-1) !== step); waited += 100) {
      if (waited > 10_000) fail(`a stream did not see ${step} (saw ${JSON.stringify(streams)})`);
      await sleep(100);
    }
  }
  abort.abort();
  await Promise.allSettled(following);
  stop();
  console.log(`[workers] both streams saw every step: ${streams.map((seen) => seen.join(" → ")).join(" | ")}`);
  process.exit(0);
}

void main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
