// Prints how calibrationBins and murphyDecomposition compare with a bare loop over the same
// 1,000,000 pairs, measured in one process: npx tsx lib/forecasting/bench-report.ts
// Runs are interleaved so drift in machine load affects all three alike; medians are reported.

import { performance } from "node:perf_hooks";
import { sumP, syntheticPairs } from "./bench-data";
import { calibrationBins, murphyDecomposition } from "./calibration";

const PAIRS = 1_000_000;
const WARM_UP_RUNS = 5;
const MEASURED_RUNS = 25;

const pairs = syntheticPairs(PAIRS);
let sink = 0;

const candidates: [string, () => void][] = [
  ["bare loop (sum of p)", () => (sink += sumP(pairs))],
  ["calibrationBins", () => (sink += calibrationBins(pairs).length)],
  ["murphyDecomposition", () => (sink += murphyDecomposition(pairs).brier)],
];

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

for (let i = 0; i < WARM_UP_RUNS; i++) for (const [, run] of candidates) run();

const timings = candidates.map((): number[] => []);
for (let i = 0; i < MEASURED_RUNS; i++) {
  candidates.forEach(([, run], c) => {
    const start = performance.now();
    run();
    timings[c]?.push(performance.now() - start);
  });
}

const medians = timings.map(medianOf);
const baseline = medians[0] as number;
console.log(
  `${PAIRS.toLocaleString("en-US")} pairs, median of ${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up runs`,
);
console.log("| function | median ms | ratio to bare loop |");
console.log("|---|---:|---:|");
candidates.forEach(([name], c) => {
  const ms = medians[c] as number;
  console.log(`| ${name} | ${ms.toFixed(2)} | ${(ms / baseline).toFixed(2)}x |`);
});
if (Number.isNaN(sink)) console.log("(sink is NaN)");
