// `npm run bench:app`: the app benchmark of issue 16 item 8. Per lane (SQLite; PostgreSQL too when
// TEST_POSTGRES_URL is set): seed a fresh database with the generator, start the production
// server, measure, write bench/results/<date>-<provider>.json and print a Markdown table.
// Needs a production build (`npx next build`); it runs one when .next is missing.
// Sizes: --users --questions --forecasts --resolved --team-size (or BENCH_USERS, …), read rounds
// --rounds, writes --writes with --clients, --port (default 3610), --provider sqlite|postgresql.
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import { seedLane } from "./database";
import { figureTable, readFigures, resolveFigures, rssFigures, writeFigures, type Figure } from "./figures";
import { signIn } from "./http";
import { readBenchOptions, type BenchOptions } from "./options";
import { processTree } from "./process-tree";
import { measureReads, readProbes } from "./reads";
import { measureResolve } from "./resolve";
import { ensureBuild, startServer } from "./server";
import { measureWrites } from "./writes";

const note = (line: string) => process.stderr.write(`${line}\n`);

function commit(): string {
  try {
    return execSync("git rev-parse HEAD", { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

async function runLane(provider: "sqlite" | "postgresql", options: BenchOptions) {
  note(`\n== ${provider}: seeding ${JSON.stringify(options.seed)}`);
  const lane = await seedLane(provider, options.postgresUrl, options.seed);
  note(`seeded in ${lane.seedSeconds.toFixed(1)} s; starting the server on port ${options.port}`);
  const server = await startServer(lane.url, options.port);
  const { fixture } = lane;
  const figures: Figure[] = [];
  const raw: Record<string, unknown> = {};
  try {
    const cookie = await signIn(server.base, fixture.admin.email, fixture.admin.password);
    const credentials = { cookie, apiKey: fixture.admin.apiKey };

    note(`reads: ${options.rounds} interleaved rounds (+ warm-up)`);
    const samples = await measureReads(
      server.base,
      readProbes({ ...fixture.questions, teamId: fixture.teamId }),
      credentials,
      options.rounds,
      (round) => process.stderr.write(`\rround ${round + 1}`),
    );
    process.stderr.write("\n");
    const reads = readFigures(samples);
    figures.push(...reads.figures);
    raw.reads = reads.summaries;

    note(`writes: ${options.writes} through the API (${options.clients} clients) and ${options.writes} through Prisma`);
    const writes = await measureWrites(
      server.base,
      lane.url,
      { questionId: fixture.questions.small, email: fixture.admin.email, apiKey: fixture.admin.apiKey },
      options.writes,
      options.clients,
    );
    figures.push(...writeFigures(writes));
    raw.writes = {
      api: { count: writes.api.count, seconds: writes.api.seconds },
      prisma: { count: writes.prisma.count, seconds: writes.prisma.seconds },
    };

    note("resolve: the question with 10,000 forecasts, health polled meanwhile");
    const resolved = await measureResolve(server.base, fixture.questions.big, fixture.admin.apiKey);
    figures.push(...resolveFigures(resolved));
    raw.resolve = {
      resolveMs: resolved.resolveMs,
      scoredForecasters: resolved.scoredForecasters,
      idleCalls: resolved.idle.length,
      duringCalls: resolved.during.length,
    };

    const tree = processTree(server.pid);
    figures.push(...rssFigures(tree));
    raw.processes = tree;
  } finally {
    await server.stop();
    await lane.drop();
  }
  return { seedSeconds: lane.seedSeconds, figures, raw };
}

async function main() {
  const options = readBenchOptions(process.argv.slice(2));
  ensureBuild();
  for (const provider of options.providers) {
    const started = new Date();
    const result = await runLane(provider, options);
    const table = figureTable(result.figures);
    const failed = result.figures.filter((f) => f.pass === false).length;
    const report = {
      date: started.toISOString(),
      provider,
      commit: commit(),
      machine: { cpus: cpus().length, memoryMb: Math.round(totalmem() / 2 ** 20), loadAverage: loadavg() },
      options: { ...options, postgresUrl: undefined },
      seedSeconds: result.seedSeconds,
      figures: result.figures,
      raw: result.raw,
    };
    const file = path.join("bench/results", `${started.toISOString().slice(0, 10)}-${provider}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      `\n### ${provider} (${report.commit.slice(0, 10)}, ${report.machine.cpus} CPUs)\n\n${table}\n\n`,
    );
    process.stdout.write(`${failed} target${failed === 1 ? "" : "s"} missed; results in ${file}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench:app: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
