"use client";
// Calibration: for each probability bin, the mean forecast (x) against how often those events
// happened (y), with the 95% Wilson interval as a vertical error bar and the point's area
// growing with the number of forecasts in the bin. On the dashed diagonal, forecasts are
// perfectly calibrated. A table view with the same numbers is rendered next to it.
import {
  CartesianGrid,
  ErrorBar,
  LabelList,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import type { CalibrationBin } from "@/lib/forecasting";

const pct = (p: number) => `${Math.round(p * 1000) / 10}%`;
const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

type Point = {
  x: number;
  y: number;
  n: number;
  label: string;
  error: [number, number];
  range: string;
  ciLow: number;
  ciHigh: number;
};

function calibrationPoints(bins: readonly CalibrationBin[]): Point[] {
  const points: Point[] = [];
  for (const bin of bins) {
    if (bin.n === 0 || bin.meanP === undefined || bin.freq === undefined) continue;
    const ciLow = bin.ciLow ?? bin.freq;
    const ciHigh = bin.ciHigh ?? bin.freq;
    points.push({
      x: bin.meanP,
      y: bin.freq,
      n: bin.n,
      label: `n=${bin.n}`,
      error: [bin.freq - ciLow, ciHigh - bin.freq],
      range: `${pct(bin.lo)}–${pct(bin.hi)}`,
      ciLow,
      ciHigh,
    });
  }
  return points;
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return (
    <div className="card">
      <strong>Forecasts in {point.range}</strong>
      <br />
      {point.n} {point.n === 1 ? "forecast" : "forecasts"}, mean {pct(point.x)}
      <br />
      Happened {pct(point.y)} of the time (95% interval {pct(point.ciLow)}–{pct(point.ciHigh)})
    </div>
  );
}

/** `whose` names the forecasts in the legend: "Your forecasts", "The team's final forecasts"… */
export function CalibrationChart({
  bins,
  whose = "Your forecasts",
  label = "Calibration chart",
}: {
  bins: readonly CalibrationBin[];
  whose?: string;
  label?: string;
}) {
  const points = calibrationPoints(bins);
  const maxN = Math.max(1, ...points.map((point) => point.n));
  return (
    <>
      <figure className="chart-frame" aria-label={`${label}; a table view follows`} style={{ margin: 0 }}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 10, right: 30, bottom: 24, left: 8 }}>
            <CartesianGrid stroke="var(--grid)" />
            <XAxis
              type="number"
              dataKey="x"
              name="Mean forecast"
              domain={[0, 1]}
              ticks={TICKS}
              tickFormatter={pct}
              label={{
                value: "Forecast probability (bin mean)",
                position: "insideBottom",
                offset: -14,
                fill: "var(--muted)",
              }}
            />
            <YAxis
              type="number"
              dataKey="y"
              name="Observed frequency"
              domain={[0, 1]}
              ticks={TICKS}
              tickFormatter={pct}
              width={56}
              label={{
                value: "Observed frequency",
                angle: -90,
                position: "insideLeft",
                offset: 4,
                dy: 60,
                fill: "var(--muted)",
              }}
            />
            <ZAxis type="number" dataKey="n" domain={[0, maxN]} range={[40, 480]} name="Forecasts" />
            <Tooltip content={<PointTooltip />} cursor={{ strokeDasharray: "3 3" }} />
            <Legend verticalAlign="top" wrapperStyle={{ fontSize: 13 }} />
            <ReferenceLine
              segment={[
                { x: 0, y: 0 },
                { x: 1, y: 1 },
              ]}
              stroke="var(--muted)"
              strokeDasharray="6 4"
              ifOverflow="hidden"
              label={{ value: "Perfect calibration", position: "insideTopLeft", fill: "var(--muted)" }}
            />
            <Scatter name={whose} data={points} fill="var(--accent)" isAnimationActive={false}>
              <ErrorBar
                dataKey="error"
                direction="y"
                width={6}
                stroke="var(--accent-strong)"
                strokeWidth={1.5}
                isAnimationActive={false}
              />
              <LabelList dataKey="label" position="right" fill="var(--text)" fontSize={12} />
            </Scatter>
          </ScatterChart>
        </ResponsiveContainer>
      </figure>
      {/* The key to the marks sits below the chart: in the legend it wrapped over the plot on a phone. */}
      <p className="muted chart-note">
        A point’s area grows with the number of forecasts in its bin; its bar is the 95% interval of how often such
        events happen. Points on the dashed diagonal are perfectly calibrated.
      </p>
    </>
  );
}
