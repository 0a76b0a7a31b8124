"use client";
// A question's history: your forecasts as a step line, the crowd aggregate over time, others'
// latest forecasts as points, what the sources' words implied at their publication dates, and
// the resolution. Every series arrives downsampled from the server.
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

export type ChartSeries = {
  options: string[];
  mine: { t: number; probs: number[] }[];
  aggregate: { t: number; probs: number[]; n: number }[];
  others: { name: string; t: number; probs: number[] }[];
  sources: { t: number; p: number; optionIndex: number; label: string }[];
  resolution: { t: number; label: string } | null;
  domain: [number, number];
  methodLabel: string;
};

const COLORS = ["#1f5fae", "#a8322d", "#1c6b3a", "#7a5a00", "#6b3fa0", "#00727a"];
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const month = (t: number) => new Date(t).toISOString().slice(0, 7);

/** Evenly spaced ticks: a time axis from a 2017 article to today needs more than its first date. */
function timeTicks([start, end]: [number, number], count = 6): number[] {
  const step = (end - start) / (count - 1);
  return Array.from({ length: count }, (_, i) => Math.round(start + i * step));
}
const pct = (p: number) => `${Math.round(p * 1000) / 10}%`;

/** A step line must carry its last value to the chart's right edge. */
function extend(points: { t: number; p: number; carried?: boolean }[], end: number) {
  const last = points.at(-1);
  return last && last.t < end ? [...points, { t: end, p: last.p, carried: true }] : points;
}

type DotProps = { cx?: number; cy?: number; stroke?: string; index?: number; payload?: { carried?: boolean } };

/** Dots mark forecasts; the point that only carries the last value to the edge gets none. */
function ForecastDot({ cx, cy, stroke, index, payload }: DotProps) {
  if (payload?.carried || cx === undefined || cy === undefined) return <g key={`carried-${index}`} />;
  return <circle key={`dot-${index}`} cx={cx} cy={cy} r={3.5} fill="#fff" stroke={stroke} strokeWidth={2} />;
}

export function HistoryChart({ series }: { series: ChartSeries }) {
  const end = series.domain[1];
  const lines = series.options.map((label, index) => ({
    label,
    color: COLORS[index % COLORS.length]!,
    mine: extend(
      series.mine.map((point) => ({ t: point.t, p: point.probs[index]! })),
      end,
    ),
    aggregate: extend(
      series.aggregate.map((point) => ({ t: point.t, p: point.probs[index]! })),
      end,
    ),
  }));
  const single = series.options.length === 1;
  const longSpan = series.domain[1] - series.domain[0] > 2 * 365 * 86_400_000;
  return (
    <figure className="chart-frame" aria-label="Forecast history chart; a table view follows">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
          <CartesianGrid stroke="#e3e3de" />
          <XAxis
            type="number"
            dataKey="t"
            domain={series.domain}
            scale="time"
            ticks={timeTicks(series.domain)}
            tickFormatter={longSpan ? month : day}
            allowDuplicatedCategory={false}
          />
          <YAxis type="number" dataKey="p" domain={[0, 1]} tickFormatter={pct} width={56} />
          <Tooltip
            labelFormatter={(value) => day(Number(value))}
            formatter={(value) => (typeof value === "number" ? pct(value) : String(value))}
          />
          <Legend />
          {lines.map((line) => (
            <Line
              key={`agg-${line.label}`}
              data={line.aggregate}
              dataKey="p"
              type="stepAfter"
              name={single ? `Crowd (${series.methodLabel})` : `Crowd: ${line.label}`}
              stroke={line.color}
              strokeOpacity={0.55}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {lines.map((line) => (
            <Line
              key={`mine-${line.label}`}
              data={line.mine}
              dataKey="p"
              type="stepAfter"
              name={single ? "You" : `You: ${line.label}`}
              stroke={line.color}
              strokeWidth={3}
              strokeDasharray={single ? undefined : "6 3"}
              dot={(props: DotProps) => <ForecastDot {...props} />}
              isAnimationActive={false}
            />
          ))}
          {series.others.length > 0 && (
            <Scatter
              name="Others' latest"
              data={series.others.map((other) => ({ t: other.t, p: other.probs[0]!, name: other.name }))}
              fill="#55585f"
              isAnimationActive={false}
            />
          )}
          {series.sources.length > 0 && (
            <Scatter
              name="What the sources implied"
              data={series.sources}
              fill="#7a5a00"
              shape="diamond"
              isAnimationActive={false}
            />
          )}
          {series.resolution && (
            <ReferenceLine
              x={series.resolution.t}
              stroke="#1c1d21"
              strokeDasharray="4 4"
              label={{ value: series.resolution.label, position: "insideTopRight" }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
