// Settings of `npm run bench:app`: flags win over environment variables, which win over the
// defaults (the sizes of issue 16). Example: npm run bench:app -- --forecasts 20000 --rounds 10
import { DEFAULT_SEED_OPTIONS, type SeedOptions } from "../seed/options";

export type BenchOptions = {
  seed: SeedOptions;
  /** Interleaved read rounds measured (after WARMUP_ROUNDS discarded ones). */
  rounds: number;
  /** Forecasts written through the API, and as many through Prisma. */
  writes: number;
  clients: number;
  port: number;
  /** Which lanes to run: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
  providers: ("sqlite" | "postgresql")[];
  postgresUrl: string | null;
};

type Key = "users" | "questions" | "forecasts" | "resolved" | "teamSize" | "rounds" | "writes" | "clients" | "port";

const FLAGS: Record<string, [Key, string]> = {
  "--users": ["users", "BENCH_USERS"],
  "--questions": ["questions", "BENCH_QUESTIONS"],
  "--forecasts": ["forecasts", "BENCH_FORECASTS"],
  "--resolved": ["resolved", "BENCH_RESOLVED"],
  "--team-size": ["teamSize", "BENCH_TEAM_SIZE"],
  "--rounds": ["rounds", "BENCH_ROUNDS"],
  "--writes": ["writes", "BENCH_WRITES"],
  "--clients": ["clients", "BENCH_CLIENTS"],
  "--port": ["port", "BENCH_PORT"],
};

export function readBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const values: Record<Key, number> = {
    ...DEFAULT_SEED_OPTIONS,
    rounds: 40,
    writes: 1000,
    clients: 50,
    port: 3610,
  };
  for (const [, [key, variable]] of Object.entries(FLAGS)) {
    const raw = env[variable]?.trim();
    if (raw) values[key] = Number(raw);
  }
  let only: string | null = env.BENCH_PROVIDER?.trim() || null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--provider") {
      only = argv[++i] ?? null;
      continue;
    }
    const entry = FLAGS[arg];
    if (!entry) throw new Error(`unknown flag ${arg} (known: ${[...Object.keys(FLAGS), "--provider"].join(", ")})`);
    values[entry[0]] = Number(argv[++i]);
  }
  for (const [key, value] of Object.entries(values)) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`${key} must be a number ≥ 0`);
  }
  const postgresUrl = env.TEST_POSTGRES_URL?.trim() || null;
  const providers: BenchOptions["providers"] = postgresUrl ? ["sqlite", "postgresql"] : ["sqlite"];
  if (only && only !== "sqlite" && only !== "postgresql") throw new Error("--provider is sqlite or postgresql");
  if (only === "postgresql" && !postgresUrl) throw new Error("--provider postgresql needs TEST_POSTGRES_URL");
  return {
    seed: {
      users: values.users,
      questions: values.questions,
      forecasts: values.forecasts,
      resolved: values.resolved,
      teamSize: values.teamSize,
      seed: DEFAULT_SEED_OPTIONS.seed,
    },
    rounds: Math.max(1, Math.round(values.rounds)),
    writes: Math.max(1, Math.round(values.writes)),
    clients: Math.max(1, Math.round(values.clients)),
    port: values.port,
    providers: only ? providers.filter((provider) => provider === only) : providers,
    postgresUrl,
  };
}
