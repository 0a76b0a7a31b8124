// Extraction on hostile input (security issue: POST /api/v1/extract runs the extractor on the request thread, on
// up to 1 MB). Times extractPredictions on each hostile shape of lib/extraction/hostile-inputs.ts at 25 KB, 100 KB,
// 200 KB and 1 MB, and on real article text: the baseline, measured in the same run, so the figures travel across
// machines as ratios (see the Performance section of README.md: benches never assert absolute times). Prints, per
// shape, the median time at each size, the growth from 25 KB to 1 MB (linear work: 41×, since 1 MB is 41× 25 KB)
// and the cost per KB of the 1 MB text against the baseline's cost per KB.
// Run: npx vitest bench --run bench/extraction-scaling.bench.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { bench, describe } from "vitest";
import { EXTRACTION_BUDGET_MS, extractPredictions } from "../lib/extraction";
import { HOSTILE_INPUTS } from "../lib/extraction/hostile-inputs";
import { EXCERPTS } from "../lib/seed/data/excerpts";
import { percentile } from "./latency-report";

const KB = 1024;
// One warm-up call at the small sizes, so the first shape does not carry the JIT's warm-up in its 25 KB figure.
const SIZES = [
  { label: "25 KB", chars: 25 * KB, iterations: 5, warmupIterations: 1 },
  { label: "100 KB", chars: 100 * KB, iterations: 3, warmupIterations: 1 },
  { label: "200 KB", chars: 200 * KB, iterations: 3, warmupIterations: 0 },
  { label: "1 MB", chars: 1024 * KB, iterations: 2, warmupIterations: 0 },
] as const;
const BASELINE_ITERATIONS = 30;

/** The five source articles joined, or (where ../shared is absent) the seeded excerpts, which are quotes of them. */
function realText(): { text: string; what: string } {
  const dir = path.resolve(process.cwd(), "../shared/articles");
  if (existsSync(dir)) {
    const files = readdirSync(dir).filter((file) => file.endsWith(".txt"));
    if (files.length > 0) {
      const text = files
        .sort()
        .map((file) => readFileSync(path.join(dir, file), "utf8"))
        .join("\n\n");
      return { text, what: `${files.length} source articles` };
    }
  }
  return { text: EXCERPTS.map((excerpt) => excerpt.quote).join("\n\n"), what: `${EXCERPTS.length} seeded excerpts` };
}

const baseline = realText();
const baselineMs: number[] = [];
const hostileMs = new Map<string, number[]>(); // `${shape}|${size}` → per-call ms
let sink = 0;
// Warm-up calls are not recorded: tinybench's setup hook says which phase the next calls belong to.
let recording = false;

function timeExtraction(text: string, into: number[]): void {
  const start = performance.now();
  sink += extractPredictions(text, { budgetMs: Infinity }).length;
  if (recording) into.push(performance.now() - start);
}

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

function report(): void {
  const base = median(baselineMs);
  const basePerKb = base / (baseline.text.length / KB);
  const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
  const lines = [
    `\nbaseline: extractPredictions on ${baseline.what} (${(baseline.text.length / KB).toFixed(1)} KB), median ` +
      `${ms(base)} ms of ${baselineMs.length} calls = ${basePerKb.toFixed(3)} ms per KB. Hostile texts: median of ` +
      `${SIZES.map((size) => `${size.iterations} at ${size.label}`).join(", ")}, without a budget (the default ` +
      `budget is ${EXTRACTION_BUDGET_MS} ms).\n`,
    `| input | ${SIZES.map((size) => `${size.label} ms`).join(" | ")} | 1 MB / 25 KB (linear: 41×) | ` +
      `1 MB: ms per KB / baseline's | 1 MB / baseline |`,
    `|---|${SIZES.map(() => "---:").join("|")}|---:|---:|---:|`,
  ];
  for (const shape of HOSTILE_INPUTS) {
    const medians = SIZES.map((size) => median(hostileMs.get(`${shape.name}|${size.label}`) ?? [Number.NaN]));
    const first = medians[0]!;
    const last = medians[medians.length - 1]!;
    const perKb = last / (SIZES[SIZES.length - 1]!.chars / KB);
    lines.push(
      `| ${shape.name} | ${medians.map(ms).join(" | ")} | ${(last / first).toFixed(1)}× | ` +
        `${(perKb / basePerKb).toFixed(1)}× | ${(last / base).toFixed(1)}× |`,
    );
  }
  console.log(lines.join("\n"));
  if (Number.isNaN(sink)) console.log("(sink is NaN)");
}

const benchOptions = {
  time: 0,
  warmupTime: 0,
  throws: true,
  setup: (_task: unknown, mode: "warmup" | "run") => {
    recording = mode === "run";
  },
};
const cases = HOSTILE_INPUTS.flatMap((shape) => SIZES.map((size) => ({ shape, size })));

describe("extraction scaling on hostile input", () => {
  bench(`baseline: real article text`, () => timeExtraction(baseline.text, baselineMs), {
    ...benchOptions,
    warmupIterations: 3,
    iterations: BASELINE_ITERATIONS,
  });

  cases.forEach(({ shape, size }, i) => {
    const key = `${shape.name}|${size.label}`;
    const text = shape.make(size.chars);
    const into: number[] = [];
    hostileMs.set(key, into);
    bench(`${shape.name}, ${size.label}`, () => timeExtraction(text, into), {
      ...benchOptions,
      warmupIterations: size.warmupIterations,
      iterations: size.iterations,
      // Vitest runs no afterAll hooks in bench mode; tinybench's teardown runs after the measured runs.
      ...(i === cases.length - 1
        ? {
            teardown: (_task, mode) => {
              if (mode === "run") report();
            },
          }
        : {}),
    });
  });
});

export { sink };
