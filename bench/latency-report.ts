// Latency figures for load benches: percentiles of per-call timings, compared with a baseline
// measured in the same process, so the figures travel across machines as ratios (see the
// Performance section of README.md: benches never assert absolute times).
import { performance } from "node:perf_hooks";

/** Nearest-rank percentile (q in (0, 100]) of a non-empty list of milliseconds. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError("percentile of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((q / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export type LatencySummary = { calls: number; p50: number; p95: number; p99: number; max: number };

export function summarize(values: readonly number[]): LatencySummary {
  return {
    calls: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: percentile(values, 100),
  };
}

/** Runs `work`, appends its duration in ms to `into`, and returns its result. */
export async function timed<T>(into: number[], work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    into.push(performance.now() - start);
  }
}

/** A Markdown table: one row per measured operation, ratios against the baseline's p50. */
export function latencyTable(rows: readonly [string, LatencySummary][], baseline: LatencySummary): string {
  const ms = (value: number) => value.toFixed(2);
  const ratio = (value: number) => `${(value / baseline.p50).toFixed(1)}x`;
  return [
    "| operation | calls | p50 ms | p95 ms | p99 ms | max ms | p95 / baseline p50 |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      ([name, s]) =>
        `| ${name} | ${s.calls} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${ratio(s.p95)} |`,
    ),
  ].join("\n");
}
