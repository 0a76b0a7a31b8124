// `npm run bench:seed -- --users 1000 --questions 2000 --forecasts 1000000 --resolved 0.5 --team-size 1000`
// Fills the database named by DATABASE_URL (migrated first when new) with bench data and prints
// one JSON object on stdout: { questions: { small, big }, teamId, admin: { email, apiKey, password } }.
// Progress goes to stderr. See bench/seed/ and README.md ("Performance and benchmarks").
import { DatabaseConfigError, resolveDatabaseConfig } from "../lib/db/config";
import { generateBenchData } from "../bench/seed/generate";
import { parseSeedArgs } from "../bench/seed/options";

async function main() {
  const options = parseSeedArgs(process.argv.slice(2));
  const config = resolveDatabaseConfig(process.env.DATABASE_URL);
  process.stderr.write(
    `bench:seed → ${config.provider === "sqlite" ? config.filePath : "PostgreSQL"}: ${JSON.stringify(options)}\n`,
  );
  const result = await generateBenchData(config, options);
  process.stderr.write(`bench:seed done in ${result.seconds.toFixed(1)} s: ${JSON.stringify(result.counts)}\n`);
  const { questions, teamId, admin } = result;
  process.stdout.write(`${JSON.stringify({ questions, teamId, admin })}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof DatabaseConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`bench:seed: ${message}\n`);
  process.exit(1);
});
