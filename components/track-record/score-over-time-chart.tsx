"use client";
// Score over time: each resolved question's time-averaged Brier at its resolution date (points)
// and the running mean across questions so far (line). Lower is better.
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type ScorePoint = { t: number; title: string; timeAvgBrier: number; runningMean: number };

const DAY = 86_400_000;
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const brier = (value: number) => value.toFixed(3);

export function ScoreOverTimeChart({ points }: { points: readonly ScorePoint[] }) {
  const times = points.map((point) => point.t);
  const start = Math.min(...times);
  const end = Math.max(...times);
  const pad = Math.max(DAY * 7, (end - start) * 0.04);
  // Multiple-choice Brier scores run up to 2, binary ones up to 1.
  const highest = Math.max(...points.map((point) => point.timeAvgBrier));
  const step = highest > 1 ? 0.25 : 0.1;
  const top = Math.max(0.5, Math.ceil(highest / step - 1e-9) * step);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Math.round(i * step * 100) / 100);
  const questions = points.map((point) => ({ t: point.t, v: point.timeAvgBrier, title: point.title }));
  const running = points.map((point) => ({ t: point.t, v: point.runningMean }));
  return (
    <figure className="chart-frame" aria-label="Score over time chart; a table view follows" style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 10, right: 30, bottom: 10, left: 0 }}>
          <CartesianGrid stroke="var(--grid)" />
          <XAxis
            type="number"
            dataKey="t"
            domain={[start - pad, end + pad]}
            scale="time"
            tickFormatter={day}
            allowDuplicatedCategory={false}
          />
          <YAxis type="number" dataKey="v" domain={[0, top]} ticks={ticks} tickFormatter={brier} width={56} />
          <Tooltip
            labelFormatter={(value) => day(Number(value))}
            formatter={(value) => (typeof value === "number" ? brier(value) : String(value))}
          />
          <Legend />
          <ReferenceLine
            y={0.25}
            stroke="var(--muted)"
            strokeDasharray="4 4"
            label={{ value: "0.25: always saying 50%", position: "insideTopRight", fill: "var(--muted)" }}
          />
          <Scatter
            name="Time-averaged Brier of a question"
            data={questions}
            fill="var(--accent)"
            isAnimationActive={false}
          />
          <Line
            name="Running mean"
            data={running}
            dataKey="v"
            type="linear"
            stroke="var(--no)"
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
