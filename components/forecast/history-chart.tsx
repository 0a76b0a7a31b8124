"use client";
// A question's history over its life: the crowd aggregate and your forecasts as step lines, each
// drawn in its own colour and marker, others' latest forecasts and what the sources' words implied
// as points, and the resolution. Every series arrives downsampled and compact from the server
// (chart-data.ts) and is drawn in the browser only (history-chart-client.tsx).
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
import { formatTick, timeTicks } from "@/lib/charts/time-axis";
import { formatDate, formatPercent } from "@/lib/format";

import type { CompactChart } from "./chart-data";

/** Per option for multiple choice; for yes/no the roles themselves get the colours. */
const OPTION_COLORS = ["#1f5fae", "#b3541e", "#1c6b3a", "#7a5a00", "#6b3fa0", "#00727a"];
export const ROLE_STYLE = {
  crowd: { color: "#b3541e", shape: "square", dash: "6 3" },
  you: { color: "#1f5fae", shape: "circle", dash: undefined },
  others: { color: "#55585f", shape: "triangle" },
  source: { color: "#7a5a00", shape: "diamond" },
} as const;

type Point = {
  t: number;
  p: number;
  who: string;
  carried?: boolean;
  detail?: string;
  date?: number;
};

/** A step line must carry its last value to the chart's right edge. */
function extend(points: Point[], end: number): Point[] {
  const last = points.at(-1);
  return last && last.t < end ? [...points, { ...last, t: end, carried: true }] : points;
}

type DotProps = { cx?: number; cy?: number; stroke?: string; index?: number; payload?: Point };

/** Circles mark your forecasts, squares the crowd's; the point that only carries a value to the edge gets none. */
function marker(shape: "circle" | "square") {
  function Marker({ cx, cy, stroke, index, payload }: DotProps) {
    if (payload?.carried || cx === undefined || cy === undefined) return <g key={`carried-${index}`} />;
    if (shape === "square")
      return (
        <rect
          key={`dot-${index}`}
          className="marker-crowd"
          x={cx - 3.5}
          y={cy - 3.5}
          width={7}
          height={7}
          fill={stroke}
          stroke={stroke}
        />
      );
    return (
      <circle
        key={`dot-${index}`}
        className="marker-you"
        cx={cx}
        cy={cy}
        r={4}
        fill="var(--surface)"
        stroke={stroke}
        strokeWidth={2}
      />
    );
  }
  return Marker;
}
const CircleDot = marker("circle");
const SquareDot = marker("square");

type TooltipEntry = { payload?: Point; value?: unknown; name?: unknown };

/** The tooltip in words: when, how likely, and whose (a source's author and its quote). */
function HistoryTooltip({ active, payload }: { active?: boolean; payload?: readonly TooltipEntry[] }) {
  const points = (payload ?? []).map((entry) => entry.payload).filter((point): point is Point => Boolean(point));
  if (!active || points.length === 0) return null;
  const seen = new Set<string>();
  return (
    <div className="chart-tooltip">
      {points.map((point) => {
        const key = `${point.who}-${point.t}-${point.p}`;
        if (seen.has(key)) return null;
        seen.add(key);
        return (
          <p key={key}>
            <strong>{point.who}</strong>: {formatPercent(point.p)}
            <br />
            <span className="muted">
              {point.carried ? "still, as of " : ""}
              {formatDate(new Date(point.date ?? point.t))}
            </span>
            {point.detail && (
              <>
                <br />“{point.detail}”
              </>
            )}
          </p>
        );
      })}
    </div>
  );
}

export function HistoryChart({ chart }: { chart: CompactChart }) {
  const series = { options: chart.labels, domain: chart.domain, resolution: chart.resolution };
  const end = chart.domain[1];
  const single = chart.labels.length === 1;
  const lines = chart.labels.map((label, index) => ({
    label,
    crowdColor: single ? ROLE_STYLE.crowd.color : OPTION_COLORS[index % OPTION_COLORS.length]!,
    youColor: single ? ROLE_STYLE.you.color : OPTION_COLORS[index % OPTION_COLORS.length]!,
    mine: extend(
      chart.mine.map(([t, ...probs]) => ({ t: t!, p: probs[index]!, who: single ? "You" : `You: ${label}` })),
      end,
    ),
    aggregate: extend(
      chart.crowd.map(([t, n, ...probs]) => ({
        t: t!,
        p: probs[index]!,
        who: `${single ? "Crowd" : `Crowd: ${label}`} (${n} ${n === 1 ? "forecaster" : "forecasters"})`,
      })),
      end,
    ),
  }));
  const others: Point[] = chart.others.map(([who, t, p]) => ({ t, p, who }));
  const sources: Point[] = chart.sources.map(([t, publishedAt, p, author, quote]) => ({
    t,
    p,
    who: `${author} (source)`,
    date: publishedAt,
    detail: quote,
  }));
  const earliestSource = Math.min(...chart.sources.map((source) => source[1]));
  const { ticks, unit } = timeTicks(series.domain, 5);
  const resolution = series.resolution ? { t: series.resolution[0], label: series.resolution[1] } : null;
  const resolutionOnRight = resolution ? resolution.t > (series.domain[0] + series.domain[1]) / 2 : false;

  return (
    <figure
      className="chart-frame"
      aria-label="Forecast history chart; a table view follows"
      data-domain-start={series.domain[0]}
      data-domain-end={series.domain[1]}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 22, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#e3e3de" />
          <XAxis
            type="number"
            dataKey="t"
            domain={series.domain}
            scale="time"
            ticks={ticks}
            tickFormatter={(t: number) => formatTick(t, unit)}
            allowDataOverflow
            allowDuplicatedCategory={false}
            // Room for a marker drawn on the first or last day, which would otherwise be cut in half.
            padding={{ left: 8, right: 8 }}
            fontSize={12}
          />
          <YAxis
            type="number"
            dataKey="p"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={formatPercent}
            width={44}
            fontSize={12}
          />
          <Tooltip content={<HistoryTooltip />} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {lines.map(
            (line) =>
              line.aggregate.length > 0 && (
                <Line
                  key={`agg-${line.label}`}
                  data={line.aggregate}
                  dataKey="p"
                  type="stepAfter"
                  name={single ? `Crowd (${chart.methodLabel})` : `Crowd: ${line.label}`}
                  stroke={line.crowdColor}
                  strokeWidth={2}
                  strokeDasharray={ROLE_STYLE.crowd.dash}
                  legendType="square"
                  dot={(props: DotProps) => <SquareDot {...props} />}
                  className="series-crowd"
                  isAnimationActive={false}
                />
              ),
          )}
          {lines.map(
            (line) =>
              line.mine.length > 0 && (
                <Line
                  key={`mine-${line.label}`}
                  data={line.mine}
                  dataKey="p"
                  type="stepAfter"
                  name={single ? "You" : `You: ${line.label}`}
                  stroke={line.youColor}
                  strokeWidth={3}
                  legendType="circle"
                  dot={(props: DotProps) => <CircleDot {...props} />}
                  className="series-you"
                  isAnimationActive={false}
                />
              ),
          )}
          {others.length > 0 && (
            <Scatter
              name="Others’ latest"
              data={others}
              fill={ROLE_STYLE.others.color}
              shape={ROLE_STYLE.others.shape}
              legendType="triangle"
              isAnimationActive={false}
            />
          )}
          {sources.length > 0 && (
            <Scatter
              name={
                earliestSource < chart.domain[0]
                  ? `What the sources implied (from ${formatDate(new Date(earliestSource))}, shown at the left edge)`
                  : "What the sources implied"
              }
              data={sources}
              fill={ROLE_STYLE.source.color}
              shape={ROLE_STYLE.source.shape}
              legendType="diamond"
              isAnimationActive={false}
            />
          )}
          {resolution && (
            <ReferenceLine
              x={resolution.t}
              stroke="var(--text)"
              strokeDasharray="4 4"
              ifOverflow="extendDomain"
              label={{
                value: resolution.label,
                position: resolutionOnRight ? "insideTopRight" : "insideTopLeft",
                offset: 6,
                fontSize: 12,
                fill: "var(--text)",
              }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
