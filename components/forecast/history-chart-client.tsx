"use client";
// The history chart drawn in the browser only: rendering its SVG on the server made the page's
// HTML and time grow with the history. A frame of the chart's own height stands in until it
// mounts, so the page does not jump; the table view next to it is the text alternative.
import dynamic from "next/dynamic";
import type { CompactChart } from "./chart-data";

function ChartPlaceholder() {
  return (
    <div className="chart-frame" aria-hidden="true">
      <p className="muted">Drawing the chart…</p>
    </div>
  );
}

const HistoryChart = dynamic(() => import("./history-chart").then((module) => module.HistoryChart), {
  ssr: false,
  loading: ChartPlaceholder,
});

export function HistoryChartClient({ chart }: { chart: CompactChart }) {
  return <HistoryChart chart={chart} />;
}
