// An article's text with the forecasts the extractor found marked in place. Each mark can be
// focused with the keyboard, and shows its cue, implied probability and topics on hover or focus.
import type { Candidate, DebrisRange } from "@/lib/extraction";
import { themeLabel } from "@/lib/domain/themes";
import { formatPercent } from "@/lib/format";

type Segment =
  | { start: number; end: number; kind: "plain" }
  | { start: number; end: number; kind: "debris" }
  | { start: number; end: number; kind: "forecast"; index: number };

function segments(length: number, candidates: Candidate[], debris: DebrisRange[]): Segment[] {
  const marks = [
    ...candidates.map((c, index) => ({ start: c.start, end: c.end, kind: "forecast" as const, index })),
    ...debris.map((d) => ({ start: d.start, end: d.end, kind: "debris" as const })),
  ].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue; // overlapping ranges: the first one wins
    if (mark.start > at) out.push({ start: at, end: mark.start, kind: "plain" });
    out.push(mark);
    at = mark.end;
  }
  if (at < length) out.push({ start: at, end: length, kind: "plain" });
  return out;
}

export function describeCandidate(candidate: Candidate): string {
  const parts = [
    `cue “${candidate.cue}”`,
    `implies ${formatPercent(candidate.probability)}`,
    candidate.negated ? "negated" : null,
    candidate.topics.length ? `themes: ${candidate.topics.map(themeLabel).join(", ")}` : "theme unassigned",
    candidate.attribution ? `claim by ${candidate.attribution}` : null,
    candidate.conditional ? `if ${candidate.conditional.condition}` : null,
  ];
  return parts.filter(Boolean).join("; ");
}

export function HighlightedText({
  text,
  candidates,
  debris,
}: {
  text: string;
  candidates: Candidate[];
  debris: DebrisRange[];
}) {
  return (
    <div className="article-text">
      {segments(text.length, candidates, debris).map((segment) => {
        const content = text.slice(segment.start, segment.end);
        if (segment.kind === "plain") return <span key={segment.start}>{content}</span>;
        if (segment.kind === "debris") {
          return (
            <span key={segment.start} className="debris" title="Page debris: excluded from analysis">
              {content}
            </span>
          );
        }
        const candidate = candidates[segment.index]!;
        const tipId = `forecast-tip-${segment.index}`;
        return (
          <mark
            key={segment.start}
            className="forecast-mark"
            tabIndex={0}
            aria-describedby={tipId}
            id={`forecast-${segment.index}`}
          >
            {content}
            <span role="tooltip" id={tipId} className="forecast-tip">
              {describeCandidate(candidate)}
            </span>
          </mark>
        );
      })}
    </div>
  );
}
