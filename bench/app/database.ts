// A fresh database per lane, filled by the generator (`scripts/bench-seed.ts`, run as a child
// process exactly as `npm run bench:seed` runs it): a new SQLite file under /tmp, or a new
// database on the PostgreSQL server named by TEST_POSTGRES_URL (dropped again afterwards).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { SeedOptions } from "../seed/options";

export type SeededDatabase = {
  url: string;
  fixture: {
    questions: { small: string; big: string };
    teamId: string;
    admin: { email: string; apiKey: string; password: string };
  };
  seedSeconds: number;
  drop: () => Promise<void>;
};

async function onServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createLaneDatabase(provider: "sqlite" | "postgresql", postgresUrl: string | null) {
  if (provider === "sqlite") {
    const dir = mkdtempSync("/tmp/bench-app-");
    return {
      url: `file:${path.join(dir, "bench.db")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `bench_app_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  await onServer(postgresUrl!, `CREATE DATABASE ${name}`);
  const url = new URL(postgresUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(postgresUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

const flags = (seed: SeedOptions) => [
  ...["--users", String(seed.users), "--questions", String(seed.questions), "--forecasts", String(seed.forecasts)],
  ...["--resolved", String(seed.resolved), "--team-size", String(seed.teamSize), "--seed", String(seed.seed)],
];

export async function seedLane(
  provider: "sqlite" | "postgresql",
  postgresUrl: string | null,
  seed: SeedOptions,
): Promise<SeededDatabase> {
  const { url, drop } = await createLaneDatabase(provider, postgresUrl);
  const started = Date.now();
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/bench-seed.ts", ...flags(seed)], {
      env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`bench:seed exited with ${code}`))));
  });
  const line = stdout.trim().split("\n").at(-1) ?? "";
  return {
    url,
    fixture: JSON.parse(line) as SeededDatabase["fixture"],
    seedSeconds: (Date.now() - started) / 1000,
    drop,
  };
}
