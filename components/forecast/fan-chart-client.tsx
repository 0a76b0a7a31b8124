"use client";
// The fan chart drawn in the browser only, like the history chart (history-chart-client.tsx).
import dynamic from "next/dynamic";
import type { FanChartProps } from "./fan-chart";

const FanChart = dynamic(() => import("./fan-chart").then((module) => module.FanChart), {
  ssr: false,
  loading: () => (
    <div className="chart-frame" aria-hidden="true">
      <p className="muted">Drawing the chart…</p>
    </div>
  ),
});

export function FanChartClient(props: FanChartProps) {
  return <FanChart {...props} />;
}
