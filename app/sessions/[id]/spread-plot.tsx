// The spread of a round's answers on one question: every answer as a dot on a 0–100% line, with
// the median and the extremized aggregate marked. Plain SVG, with a text summary for screen readers.
import { formatPercent } from "@/lib/format";

type Props = { label: string; values: number[]; median: number; extremized: number };

export function SpreadPlot({ label, values, median, extremized }: Props) {
  const x = (p: number) => 10 + p * 380;
  const sorted = [...values].sort((a, b) => a - b);
  return (
    <figure className="spread">
      <svg
        viewBox="0 0 400 60"
        role="img"
        aria-label={`${label}: ${sorted.map(formatPercent).join(", ")}; median ${formatPercent(median)}, extremized ${formatPercent(extremized)}`}
      >
        <line x1={10} x2={390} y1={30} y2={30} stroke="#8a8d93" />
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={26} y2={34} stroke="#8a8d93" />
            <text x={x(tick)} y={52} fontSize={10} textAnchor="middle" fill="#55585f">
              {tick * 100}%
            </text>
          </g>
        ))}
        {sorted.map((p, i) => (
          <circle key={i} cx={x(p)} cy={30 - (i % 3) * 6} r={5} fill="#1f5fae" fillOpacity={0.7} />
        ))}
        <line x1={x(median)} x2={x(median)} y1={8} y2={40} stroke="#1c6b3a" strokeWidth={3} />
        <line
          x1={x(extremized)}
          x2={x(extremized)}
          y1={8}
          y2={40}
          stroke="#a8322d"
          strokeWidth={2}
          strokeDasharray="4 3"
        />
      </svg>
      <figcaption className="muted">
        {label}: {values.length} answers · median <strong>{formatPercent(median)}</strong> (solid green) · extremized{" "}
        <strong>{formatPercent(extremized)}</strong> (dashed red)
      </figcaption>
    </figure>
  );
}
