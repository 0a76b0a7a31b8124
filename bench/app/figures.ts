// Turns the measurements into the figures: each a ratio to a baseline measured in the
// same run (or an absolute where the issue sets one), with its target and whether it was met.
// Missing a target is a reported result, never an error.
import { summarize, type LatencySummary } from "../latency-report";
import type { ResolveRun } from "./resolve";
import type { WriteRun } from "./writes";

export type Figure = {
  figure: string;
  measured: number;
  unit: "x" | "ms" | "MB" | "%";
  target: string;
  pass: boolean | null;
};

const ratioFigure = (figure: string, value: number, max: number | null): Figure => ({
  figure,
  measured: value,
  unit: "x",
  target: max === null ? "—" : `≤ ${max}×`,
  pass: max === null ? null : value <= max,
});

export function readFigures(samples: Map<string, number[]>): {
  figures: Figure[];
  summaries: Record<string, LatencySummary>;
} {
  const summaries = Object.fromEntries([...samples].map(([name, ms]) => [name, summarize(ms)]));
  const health = summaries["health"]!;
  const s = (name: string) => summaries[name]!;
  const vsHealth = (name: string, max: number | null): Figure[] => [
    ratioFigure(`${name}: p50 / health p50`, s(name).p50 / health.p50, null),
    ratioFigure(`${name}: p95 / health p95`, s(name).p95 / health.p95, max),
  ];
  const figures: Figure[] = [
    ratioFigure(
      "question page p95: 10,000 forecasts / 100 forecasts",
      s("question page (10,000 forecasts)").p95 / s("question page (100 forecasts)").p95,
      1.5,
    ),
    ...vsHealth("question page (100 forecasts)", null),
    ...vsHealth("question page (10,000 forecasts)", 3),
    ...vsHealth("forecasts API page 1 (100)", 2),
    ...vsHealth("forecasts API page 1 (10,000)", 2),
    ...vsHealth("home /", 3),
    ...vsHealth("/questions", 3),
    ...vsHealth("GET /api/v1/questions", 3),
    ...vsHealth("/me", null),
    ...vsHealth("team page", null),
    ...vsHealth("leaderboard API", 5),
  ];
  return { figures, summaries };
}

export function writeFigures(writes: { api: WriteRun; prisma: WriteRun }): Figure[] {
  const rate = (run: WriteRun) => run.count / run.seconds;
  const share = (rate(writes.api) / rate(writes.prisma)) * 100;
  const api = summarize(writes.api.ms);
  const prisma = summarize(writes.prisma.ms);
  const info = (figure: string, measured: number, unit: Figure["unit"]): Figure => ({
    figure,
    measured,
    unit,
    target: "—",
    pass: null,
  });
  return [
    {
      figure: "API forecast writes/s as a share of raw Prisma inserts/s",
      measured: share,
      unit: "%",
      target: "≥ 40%",
      pass: share >= 40,
    },
    info(`API writes/s (${writes.api.count} writes)`, rate(writes.api), "x"),
    info(`Prisma inserts/s (${writes.prisma.count} inserts)`, rate(writes.prisma), "x"),
    ...(["p50", "p95", "p99"] as const).flatMap((q) => [
      info(`API write latency ${q}`, api[q], "ms"),
      info(`Prisma insert latency ${q}`, prisma[q], "ms"),
    ]),
  ];
}

export function resolveFigures(run: ResolveRun): Figure[] {
  const idle = summarize(run.idle);
  const during = run.during.length > 0 ? summarize(run.during) : idle;
  return [
    {
      figure: `resolve (10,000 forecasts, ${run.scoredForecasters} scored)`,
      measured: run.resolveMs,
      unit: "ms",
      target: "≤ 2000 ms",
      pass: run.resolveMs <= 2000,
    },
    {
      figure: `health p95 during the resolution (${run.during.length} calls) / idle (${run.idle.length})`,
      measured: during.p95 / idle.p95,
      unit: "x",
      target: "≤ 3×",
      pass: during.p95 / idle.p95 <= 3,
    },
  ];
}

export function rssFigures(tree: { command: string; peakRssMb: number }[]): Figure[] {
  // The node process(es) running scripts/serve.ts under tsx's loader: the Next.js server, or the
  // cluster primary and its workers. Not tsx's launcher processes, esbuild, or npm start's parent.
  const serving = tree.filter((p) => p.command.includes("loader.mjs") && p.command.includes("scripts/serve.ts"));
  const servingPeak = serving.reduce((sum, p) => sum + p.peakRssMb, 0);
  const treePeak = tree.reduce((sum, p) => sum + p.peakRssMb, 0);
  return [
    {
      figure: `server peak RSS (VmHWM, ${serving.length} serving process${serving.length === 1 ? "" : "es"} summed)`,
      measured: servingPeak,
      unit: "MB",
      target: "≤ 400 MB",
      pass: servingPeak <= 400,
    },
    {
      figure: `whole process tree incl. the npm-start launcher (${tree.length} processes summed)`,
      measured: treePeak,
      unit: "MB",
      target: "—",
      pass: null,
    },
  ];
}

export function figureTable(figures: Figure[]): string {
  const show = (f: Figure) =>
    f.unit === "x" && f.figure.includes("/s")
      ? f.measured.toFixed(0)
      : f.unit === "x"
        ? `${f.measured.toFixed(2)}×`
        : f.unit === "%"
          ? `${f.measured.toFixed(0)}%`
          : `${f.measured.toFixed(f.unit === "ms" ? 1 : 0)} ${f.unit}`;
  return [
    "| figure | measured | target | result |",
    "|---|---:|---:|---|",
    ...figures.map(
      (f) => `| ${f.figure} | ${show(f)} | ${f.target} | ${f.pass === null ? "info" : f.pass ? "pass" : "**FAIL**"} |`,
    ),
  ].join("\n");
}
