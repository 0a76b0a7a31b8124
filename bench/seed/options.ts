// Command-line flags of `npm run bench:seed` (the sizes of issue 16 are the defaults).
export type SeedOptions = {
  users: number;
  questions: number;
  forecasts: number;
  /** Share of the bulk questions that are resolved, in [0, 1]. */
  resolved: number;
  teamSize: number;
  seed: number;
};

export const DEFAULT_SEED_OPTIONS: SeedOptions = {
  users: 1000,
  questions: 2000,
  forecasts: 1_000_000,
  resolved: 0.5,
  teamSize: 1000,
  seed: 16,
};

const FLAGS: Record<string, keyof SeedOptions> = {
  "--users": "users",
  "--questions": "questions",
  "--forecasts": "forecasts",
  "--resolved": "resolved",
  "--team-size": "teamSize",
  "--seed": "seed",
};

export function parseSeedArgs(argv: readonly string[], base: SeedOptions = DEFAULT_SEED_OPTIONS): SeedOptions {
  const options = { ...base };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=") ? arg.split("=", 2) : [arg, undefined];
    const key = FLAGS[flag!];
    if (!key) throw new Error(`unknown flag ${arg} (known: ${Object.keys(FLAGS).join(", ")})`);
    const raw = inline ?? argv[++i];
    const value = Number(raw);
    if (raw === undefined || !Number.isFinite(value) || value < 0) throw new Error(`${flag} needs a number ≥ 0`);
    if (key === "resolved" ? value > 1 : !Number.isInteger(value)) {
      throw new Error(key === "resolved" ? "--resolved is a share between 0 and 1" : `${flag} needs a whole number`);
    }
    options[key] = value;
  }
  if (options.users < 1) throw new Error("--users must be at least 1");
  return options;
}
