"use client";
// The shape of a distribution as it is being entered: its density over the question's range (in
// the range's own scale, so a log-scale question reads evenly), drawn in the browser only. The
// percentiles typed beside it and the interval line are its text alternative.
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { pdfPoints, type ContinuousRange } from "@/lib/forecasting/continuous";
import { formatValue, type ValueFormat } from "@/lib/forecasts/continuous-display";

type Props = { cdf: number[]; range: ContinuousRange; format: ValueFormat };

export function PdfChart({ cdf, range, format }: Props) {
  const points = pdfPoints(cdf, range).map((point) => ({ x: point.value, density: point.scaleDensity }));
  return (
    <div className="chart-frame pdf-frame" role="img" aria-label="Your distribution's density over the range">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="x"
            type="number"
            scale={range.scale === "log" ? "log" : "linear"}
            domain={[range.min, range.max]}
            tickFormatter={(value: number) => formatValue({ ...format, unit: null }, value)}
            minTickGap={24}
          />
          <YAxis hide domain={[0, "auto"]} />
          <Tooltip
            labelFormatter={(value) => formatValue(format, Number(value))}
            formatter={(value) => [`${Number(value).toFixed(2)}× uniform`, "Density"]}
          />
          <Area
            type="stepAfter"
            dataKey="density"
            stroke="#1f5fae"
            fill="#1f5fae"
            fillOpacity={0.25}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
