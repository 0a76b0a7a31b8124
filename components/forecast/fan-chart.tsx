"use client";
// The crowd's median with its 50% and 90% bands as steps over time: each forecast moves them, and
// they hold until the next one.
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatTick, timeTicks } from "@/lib/charts/time-axis";
import type { ContinuousRange } from "@/lib/forecasting/continuous";
import { formatValue, formatMedianInterval, type ValueFormat } from "@/lib/forecasts/continuous-display";
import type { FanPoint } from "@/lib/forecasts/continuous-crowd";
import { formatDate } from "@/lib/format";

export type FanChartProps = {
  fan: FanPoint[];
  range: ContinuousRange;
  format: ValueFormat;
  /** The time axis: the question's life (lib/charts/time-axis.ts questionSpan). */
  domain: [number, number];
  outcome: number | null;
};

export function FanChart({ fan, range, format, domain, outcome }: FanChartProps) {
  const last = fan.at(-1)!;
  // The latest bands hold until the axis ends.
  const held = last.t < domain[1] ? [...fan, { ...last, t: domain[1] }] : fan;
  const data = held.map((point) => ({
    t: point.t,
    outer: [point.p5, point.p95] as [number, number],
    inner: [point.p25, point.p75] as [number, number],
    median: point.p50,
    point,
  }));
  const { ticks, unit } = timeTicks(domain, 6);
  const bare = { ...format, unit: null };
  return (
    <div className="chart-frame" role="img" aria-label="The crowd's median with its 50% and 90% intervals over time">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            domain={domain}
            ticks={ticks}
            tickFormatter={(value: number) => formatTick(value, unit)}
          />
          <YAxis
            type="number"
            scale={range.scale === "log" ? "log" : "linear"}
            domain={[range.min, range.max]}
            tickFormatter={(value: number) => formatValue(bare, value)}
            width={format.type === "DATE" ? 92 : 64}
          />
          <Tooltip
            labelFormatter={(value) => formatDate(new Date(Number(value)))}
            formatter={(_value, name, item) =>
              name === "Median"
                ? [formatMedianInterval(format, (item.payload as { point: FanPoint }).point), "Crowd"]
                : [null, null]
            }
          />
          <Legend />
          <Area
            type="stepAfter"
            dataKey="outer"
            name="90% interval"
            stroke="none"
            fill="#b3541e"
            fillOpacity={0.15}
            isAnimationActive={false}
          />
          <Area
            type="stepAfter"
            dataKey="inner"
            name="50% interval"
            stroke="none"
            fill="#b3541e"
            fillOpacity={0.3}
            isAnimationActive={false}
          />
          {outcome !== null && (
            <ReferenceLine
              y={outcome}
              stroke="#1c6b3a"
              strokeDasharray="4 2"
              label={{ value: `Outcome ${formatValue(format, outcome)}`, position: "insideTopLeft", fill: "#1c6b3a" }}
            />
          )}
          <Line
            type="stepAfter"
            dataKey="median"
            name="Median"
            stroke="#b3541e"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
