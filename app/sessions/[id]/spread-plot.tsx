// The spread of a round's answers on one question: every answer as a dot on a 0–100% line, with
// the median and the extremized aggregate marked, and the viewer's own answer drawn as a labelled
// diamond (shape and text, not colour alone). Positions are percentages of the plot's width and
// sizes are CSS pixels, so the plot fills its column and its labels stay legible on a phone.
import { formatPercent } from "@/lib/format";

export type SpreadPoint = { probability: number; mine: boolean };

type Props = { label: string; points: SpreadPoint[]; median: number; extremized: number };

const TICKS = [0, 0.25, 0.5, 0.75, 1];
const AXIS_Y = 44;
const at = (p: number) => `${p * 100}%`;
const tickAnchor = (tick: number) => (tick === 0 ? "start" : tick === 1 ? "end" : "middle");

export function SpreadPlot({ label, points, median, extremized }: Props) {
  const sorted = [...points].sort((a, b) => a.probability - b.probability);
  const mine = points.find((point) => point.mine);
  const others = sorted.filter((point) => !point.mine);
  const summary =
    `${label}: ${sorted.map((point) => formatPercent(point.probability)).join(", ")}; ` +
    `median ${formatPercent(median)}, extremized ${formatPercent(extremized)}` +
    (mine ? `; yours ${formatPercent(mine.probability)}` : "");
  return (
    <figure className="spread">
      <svg className="spread-plot" height={84} role="img" aria-label={summary}>
        <line x1="0%" x2="100%" y1={AXIS_Y} y2={AXIS_Y} className="spread-axis" />
        {TICKS.map((tick) => (
          <g key={tick}>
            <line x1={at(tick)} x2={at(tick)} y1={AXIS_Y - 5} y2={AXIS_Y + 5} className="spread-axis" />
            <text x={at(tick)} y={78} textAnchor={tickAnchor(tick)} className="spread-tick">
              {tick * 100}%
            </text>
          </g>
        ))}
        {others.map((point, i) => (
          <circle key={i} cx={at(point.probability)} cy={AXIS_Y - (i % 3) * 7} r={6} className="spread-dot" />
        ))}
        <line x1={at(median)} x2={at(median)} y1={22} y2={AXIS_Y + 10} className="spread-median" />
        <line x1={at(extremized)} x2={at(extremized)} y1={22} y2={AXIS_Y + 10} className="spread-extremized" />
        {mine && (
          <g data-testid="spread-mine">
            {/* A diamond: a square turned 45° around the point. */}
            <svg x={at(mine.probability)} y={AXIS_Y} overflow="visible">
              <rect x={-7} y={-7} width={14} height={14} transform="rotate(45)" className="spread-mine" />
            </svg>
            <text
              x={at(mine.probability)}
              y={14}
              textAnchor={tickAnchor(mine.probability < 0.06 ? 0 : mine.probability > 0.94 ? 1 : 0.5)}
              className="spread-mine-label"
            >
              You {formatPercent(mine.probability)}
            </text>
          </g>
        )}
      </svg>
      <figcaption className="muted">
        {label}: {points.length} answers · median <strong>{formatPercent(median)}</strong> (solid line) · extremized{" "}
        <strong>{formatPercent(extremized)}</strong> (dashed line)
        {mine && (
          <>
            {" "}
            · yours <strong>{formatPercent(mine.probability)}</strong> (diamond, labelled “You”)
          </>
        )}
      </figcaption>
    </figure>
  );
}
