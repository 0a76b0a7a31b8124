// `npm run test:crash`: crash-proof writes. On a fresh database it starts the production server
// (scripts/start.ts), has 20 concurrent API clients record forecasts, kills the whole server
// process group with SIGKILL mid-load (twice, restarting each time), and then checks that every
// forecast acknowledged with 201 is stored (by id, question, rationale and probabilities) and that
// nothing is half-written (no forecast without its probability or its option probabilities, no
// orphan option probability). One summary line per database; exit 1 on any loss.
//
// Lanes: SQLite (a file under .tmp/crash/) always, PostgreSQL (a fresh database on the server
// named by TEST_POSTGRES_URL) when that is set. `--sqlite` / `--postgres` run only that lane.
// Uses the existing production build (.next) and builds only when there is none; scripts/start.ts
// still rebuilds a build older than the code, as it does in production.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { createDb } from "../lib/db/client";
import { resolveDatabaseConfig, type DatabaseConfig } from "../lib/db/config";

const root = process.cwd();
const CLIENTS = 20;
const KILLS = 2;
/** Acknowledged writes per phase before the kill (plus a random extra, so the moment varies). */
const ACKS_BEFORE_KILL = 60;
const ACKS_AFTER_LAST_RESTART = 40;
const PHASE_TIME_LIMIT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 15_000;
const BINARY_PROBABILITY = 0.42;

type Lane = "sqlite" | "postgresql";
type OpenQuestion = { id: string; type: "BINARY" | "MULTIPLE_CHOICE"; optionIds: string[] };
type Ack = { id: string; questionId: string; rationale: string; type: OpenQuestion["type"] };
type LaneResult = {
  lane: Lane;
  acknowledged: number;
  found: number;
  lost: string[];
  halfWritten: string[];
  cutOff: number;
  unacknowledgedStored: number;
  otherStatuses: Record<string, number>;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function log(message: string) {
  console.log(`[crash] ${message}`);
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

function ensureBuild() {
  if (existsSync(path.join(root, ".next/BUILD_ID"))) return;
  log("no production build yet: building (next build)…");
  const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: "" },
  });
  if (build.status !== 0) throw new Error("the production build failed");
}

// ---------------------------------------------------------------------------------------------
// Databases

async function onServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(
  lane: Lane,
  runDir: string,
): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (lane === "sqlite") {
    const config = resolveDatabaseConfig(`file:${path.join(runDir, "crash.db")}`);
    return { config, drop: async () => {} };
  }
  const serverUrl = process.env.TEST_POSTGRES_URL!;
  const name = `workbench_crash_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: resolveDatabaseConfig(url.toString()),
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

function createUserWithApiKey(config: DatabaseConfig, email: string): string {
  const result = spawnSync(
    "npm",
    ["run", "--silent", "admin", "--", "create-user", "--email", email, "--name", "Crash Test", "--api-key"],
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: config.url, NODE_OPTIONS: "" } },
  );
  if (result.status !== 0) throw new Error(`npm run admin failed: ${result.stderr.trim() || result.stdout.trim()}`);
  const line = result.stdout.trim().split("\n").at(-1) ?? "";
  const created = JSON.parse(line) as { apiKey?: string };
  if (!created.apiKey) throw new Error(`npm run admin printed no API key: ${line}`);
  return created.apiKey;
}

// ---------------------------------------------------------------------------------------------
// The server

class Server {
  #child: ChildProcess | null = null;
  #exited: Promise<void> = Promise.resolve();
  readonly base: string;

  constructor(
    private readonly port: number,
    private readonly config: DatabaseConfig,
    private readonly logFile: string,
  ) {
    this.base = `http://127.0.0.1:${port}`;
  }

  async start(timeoutMs: number) {
    const out = openSync(this.logFile, "a");
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
      cwd: root,
      // Its own process group: SIGKILL to -pid takes start.ts, the server and every helper at once.
      detached: true,
      stdio: ["ignore", out, out],
      env: {
        ...process.env,
        PORT: String(this.port),
        DATABASE_URL: this.config.url,
        WRITE_RATE_LIMIT: "0",
        NODE_OPTIONS: "",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    closeSync(out);
    this.#child = child;
    let exitedEarly = false;
    this.#exited = new Promise((resolve) =>
      child.once("exit", () => {
        exitedEarly = true;
        resolve();
      }),
    );
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exitedEarly) throw new Error(`the server exited during start-up:\n${this.logTail()}`);
      try {
        const response = await fetch(`${this.base}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    this.kill("SIGKILL");
    throw new Error(`the server did not become healthy in ${timeoutMs / 1000} s:\n${this.logTail()}`);
  }

  kill(signal: NodeJS.Signals) {
    const pid = this.#child?.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  }

  async stop() {
    this.kill("SIGTERM");
    const stopped = await Promise.race([this.#exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!stopped) this.kill("SIGKILL");
    await Promise.race([this.#exited, sleep(5_000)]);
    // Whatever is left of the group (a grandchild that ignored SIGTERM) goes too.
    this.kill("SIGKILL");
  }

  async crash() {
    this.kill("SIGKILL");
    await Promise.race([this.#exited, sleep(10_000)]);
  }

  logTail(): string {
    try {
      return readFileSync(this.logFile, "utf8").split("\n").slice(-30).join("\n");
    } catch {
      return "(no server log)";
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The API clients

async function api(server: Server, apiKey: string, method: string, pathname: string, body?: unknown) {
  const response = await fetch(`${server.base}${pathname}`, {
    method,
    headers: {
      authorization: `Bearer ${apiKey}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, json: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

async function openQuestions(server: Server, apiKey: string): Promise<OpenQuestion[]> {
  const day = 86_400_000;
  const closeAt = new Date(Date.now() + 200 * day).toISOString();
  const resolveBy = new Date(Date.now() + 230 * day).toISOString();
  const drafts = [
    { title: "Crash test: will the first yes/no question resolve Yes?", type: "BINARY" },
    { title: "Crash test: will the second yes/no question resolve Yes?", type: "BINARY" },
    { title: "Crash test: which of three options will happen?", type: "MULTIPLE_CHOICE", options: ["A", "B", "C"] },
  ];
  for (const draft of drafts) {
    const created = await api(server, apiKey, "POST", "/api/v1/questions", {
      ...draft,
      resolutionCriteria: "Resolved by the crash test's own rules; it only exercises writes.",
      closeAt,
      resolveBy,
    });
    if (created.status !== 201)
      throw new Error(`creating a question: ${created.status} ${JSON.stringify(created.json)}`);
  }
  const listed = await api(server, apiKey, "GET", "/api/v1/questions?status=open&limit=100");
  if (listed.status !== 200) throw new Error(`listing open questions: ${listed.status}`);
  const items = (listed.json?.items ?? []) as { id: string; type: OpenQuestion["type"] }[];
  const questions: OpenQuestion[] = [];
  for (const item of items) {
    const detail = await api(server, apiKey, "GET", `/api/v1/questions/${item.id}`);
    const options = ((detail.json?.options ?? []) as { id: string }[]).map((option) => option.id);
    questions.push({ id: item.id, type: item.type, optionIds: options });
  }
  if (!questions.some((q) => q.type === "BINARY") || !questions.some((q) => q.type === "MULTIPLE_CHOICE")) {
    throw new Error(`expected open yes/no and multiple-choice questions, found ${JSON.stringify(questions)}`);
  }
  return questions;
}

function forecastBody(question: OpenQuestion, rationale: string) {
  if (question.type === "BINARY") return { probability: BINARY_PROBABILITY, rationale };
  const share = 1 / question.optionIds.length;
  const probabilities = Object.fromEntries(
    question.optionIds.map((id, index) => [id, index === 0 ? 1 - share * (question.optionIds.length - 1) : share]),
  );
  return { probabilities, rationale };
}

type Phase = { acks: Ack[]; cutOff: number; otherStatuses: Record<string, number> };

/** 20 clients POSTing forecasts until `enough` acknowledgements (or the time limit), then stop. */
async function load(
  server: Server,
  apiKey: string,
  questions: OpenQuestion[],
  label: string,
  enough: number,
  onEnough: () => Promise<void>,
): Promise<Phase> {
  const phase: Phase = { acks: [], cutOff: 0, otherStatuses: {} };
  let triggered = false;
  let triggerDone: Promise<void> = Promise.resolve();
  const started = Date.now();
  const trigger = () => {
    if (triggered) return;
    // No new requests from here on; the ones in flight (up to one per client) meet the kill.
    triggered = true;
    triggerDone = onEnough();
  };
  const worker = async (client: number) => {
    for (let seq = 0; !triggered; seq++) {
      const question = questions[(client + seq) % questions.length]!;
      const rationale = `crash ${label} c${client} #${seq} ${randomUUID()}`;
      try {
        const { status, json } = await api(
          server,
          apiKey,
          "POST",
          `/api/v1/questions/${question.id}/forecasts`,
          forecastBody(question, rationale),
        );
        if (status === 201 && json && typeof json.id === "string") {
          phase.acks.push({ id: json.id, questionId: question.id, rationale, type: question.type });
        } else {
          phase.otherStatuses[status] = (phase.otherStatuses[status] ?? 0) + 1;
          if (status === 201) throw new Error(`201 without an id: ${JSON.stringify(json)}`);
        }
      } catch (error) {
        if (!triggered) throw error;
        // The server was killed under this request: it was never acknowledged.
        phase.cutOff++;
      }
      if (phase.acks.length >= enough || Date.now() - started > PHASE_TIME_LIMIT_MS) trigger();
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, client) => worker(client)));
  await triggerDone;
  return phase;
}

// ---------------------------------------------------------------------------------------------
// Verification: straight from the database, not through the (restarted) server.

async function verify(config: DatabaseConfig, acks: Ack[], questions: OpenQuestion[]) {
  const db = createDb(config);
  try {
    const lost: string[] = [];
    let found = 0;
    const stored = await db.forecast.findMany({
      where: { id: { in: acks.map((ack) => ack.id) } },
      include: { probabilities: true },
    });
    const byId = new Map(stored.map((forecast) => [forecast.id, forecast]));
    for (const ack of acks) {
      const forecast = byId.get(ack.id);
      const complete =
        forecast &&
        forecast.questionId === ack.questionId &&
        forecast.rationale === ack.rationale &&
        (ack.type === "BINARY"
          ? Math.abs((forecast.probability ?? -1) - BINARY_PROBABILITY) < 1e-9
          : forecast.probabilities.length === questions.find((q) => q.id === ack.questionId)!.optionIds.length);
      if (complete) found++;
      else lost.push(`${ack.id} (${ack.rationale})`);
    }

    const halfWritten: string[] = [];
    const ours = await db.forecast.findMany({
      where: { questionId: { in: questions.map((q) => q.id) } },
      include: { probabilities: true },
    });
    for (const forecast of ours) {
      const question = questions.find((q) => q.id === forecast.questionId)!;
      if (
        question.type === "BINARY"
          ? forecast.probability === null
          : forecast.probabilities.length !== question.optionIds.length
      ) {
        halfWritten.push(`forecast ${forecast.id} without its probabilities`);
      }
      if (question.type === "MULTIPLE_CHOICE") {
        const total = forecast.probabilities.reduce((sum, p) => sum + p.probability, 0);
        if (forecast.probabilities.length > 0 && Math.abs(total - 1) > 1e-6) {
          halfWritten.push(`forecast ${forecast.id} whose probabilities sum to ${total}`);
        }
      }
    }
    const orphans = await db.$queryRawUnsafe<{ n: unknown }[]>(
      `SELECT COUNT(*) AS n FROM "ForecastOptionProbability" p LEFT JOIN "Forecast" f ON f."id" = p."forecastId" WHERE f."id" IS NULL`,
    );
    const orphanCount = Number(orphans[0]?.n ?? 0);
    if (orphanCount > 0) halfWritten.push(`${orphanCount} option probabilities without their forecast`);
    if (config.provider === "sqlite") {
      const integrity = await db.$queryRawUnsafe<{ integrity_check: string }[]>(`PRAGMA integrity_check`);
      const verdict = integrity.map((row) => row.integrity_check).join("; ");
      if (verdict !== "ok") halfWritten.push(`integrity_check: ${verdict}`);
      const foreignKeys = await db.$queryRawUnsafe<unknown[]>(`PRAGMA foreign_key_check`);
      if (foreignKeys.length > 0) halfWritten.push(`${foreignKeys.length} rows violate foreign keys`);
    }
    const ackedIds = new Set(acks.map((ack) => ack.id));
    const unacknowledgedStored = ours.filter(
      (forecast) => forecast.rationale?.startsWith("crash ") && !ackedIds.has(forecast.id),
    ).length;
    return { found, lost, halfWritten, unacknowledgedStored };
  } finally {
    await db.$disconnect();
  }
}

// ---------------------------------------------------------------------------------------------

async function runLane(lane: Lane, runDir: string): Promise<LaneResult> {
  const laneDir = path.join(runDir, lane);
  mkdirSync(laneDir, { recursive: true });
  const { config, drop } = await freshDatabase(lane, laneDir);
  let server: Server | null = null;
  try {
    log(`${lane}: preparing the database and an API key (npm run admin -- create-user --api-key)…`);
    const apiKey = createUserWithApiKey(config, `crash-${randomUUID().slice(0, 8)}@example.org`);
    server = new Server(await freePort(), config, path.join(laneDir, "server.log"));
    log(`${lane}: starting the production server (scripts/start.ts, log: ${path.relative(root, laneDir)}/server.log)…`);
    await server.start(240_000);
    const questions = await openQuestions(server, apiKey);

    const acks: Ack[] = [];
    let cutOff = 0;
    const otherStatuses: Record<string, number> = {};
    const absorb = (phase: Phase) => {
      acks.push(...phase.acks);
      cutOff += phase.cutOff;
      for (const [status, count] of Object.entries(phase.otherStatuses)) {
        otherStatuses[status] = (otherStatuses[status] ?? 0) + count;
      }
    };
    for (let kill = 1; kill <= KILLS; kill++) {
      const running = server;
      const enough = ACKS_BEFORE_KILL + Math.floor(Math.random() * 40);
      const phase = await load(running, apiKey, questions, `${lane} phase ${kill}`, enough, () => running.crash());
      absorb(phase);
      log(`${lane}: SIGKILL ${kill}/${KILLS} mid-load after ${phase.acks.length} acknowledged writes; restarting…`);
      await running.start(120_000);
    }
    const running = server;
    absorb(await load(running, apiKey, questions, `${lane} after restarts`, ACKS_AFTER_LAST_RESTART, async () => {}));
    await server.stop();
    server = null;

    const verdict = await verify(config, acks, questions);
    return { lane, acknowledged: acks.length, cutOff, otherStatuses, ...verdict };
  } finally {
    if (server) await server.stop();
    await drop().catch((error: Error) => log(`${lane}: could not drop the test database: ${error.message}`));
  }
}

async function main() {
  const args = process.argv.slice(2);
  const wanted = new Set(args.filter((arg) => arg === "--sqlite" || arg === "--postgres"));
  const lanes: Lane[] = [];
  if (wanted.size === 0 || wanted.has("--sqlite")) lanes.push("sqlite");
  if (wanted.has("--postgres") || (wanted.size === 0 && process.env.TEST_POSTGRES_URL)) {
    if (!process.env.TEST_POSTGRES_URL) {
      console.error("--postgres needs TEST_POSTGRES_URL (a PostgreSQL server the test may create databases on)");
      process.exit(2);
    }
    lanes.push("postgresql");
  }
  const runDir = path.join(root, ".tmp/crash", `run-${Date.now()}-${randomUUID().slice(0, 6)}`);
  mkdirSync(runDir, { recursive: true });
  ensureBuild();

  const started = Date.now();
  let failed = false;
  const summaries: string[] = [];
  for (const lane of lanes) {
    try {
      const result = await runLane(lane, runDir);
      const statuses = Object.entries(result.otherStatuses)
        .map(([status, count]) => `${count}×${status}`)
        .join(", ");
      const summary =
        `crash test [${lane}]: acknowledged ${result.acknowledged}, found ${result.found}, lost ${result.lost.length}, ` +
        `half-written ${result.halfWritten.length} (${KILLS} SIGKILLs mid-load, ${result.cutOff} requests cut off, ` +
        `${result.unacknowledgedStored} stored without an acknowledgement${statuses ? `, other answers: ${statuses}` : ""})`;
      summaries.push(summary);
      for (const item of [...result.lost.slice(0, 10), ...result.halfWritten.slice(0, 10)]) console.error(`  ${item}`);
      if (result.lost.length > 0 || result.halfWritten.length > 0 || result.acknowledged === 0) failed = true;
    } catch (error) {
      failed = true;
      summaries.push(`crash test [${lane}]: FAILED to run: ${(error as Error).message}`);
    }
  }
  for (const summary of summaries) console.log(summary);
  console.log(`[crash] ${Math.round((Date.now() - started) / 1000)} s`);
  if (!failed) rmSync(runDir, { recursive: true, force: true });
  else console.error(`[crash] server logs kept in ${path.relative(root, runDir)}`);
  process.exit(failed ? 1 : 0);
}

void main();
