// Your practice runs over time, and whether this one beat the ones before it.
import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { RunHistoryEntry, compareWithEarlierRuns } from "@/lib/practice/history";
import { runLabel } from "@/lib/practice/labels";
import { ScrollBox } from "@/components/scroll-box";

const score = (value: number | null) => (value === null ? "—" : value.toFixed(3));

export function ComparisonSentence({ comparison }: { comparison: ReturnType<typeof compareWithEarlierRuns> }) {
  if (!comparison) return null;
  if (!comparison.previous || comparison.change === null) {
    return <p>This is your first scored run: the next one will tell you whether you are getting better.</p>;
  }
  const better = comparison.change < 0;
  return (
    <p className="practice-comparison">
      {Math.abs(comparison.change) < 0.0005
        ? "About the same as your previous run"
        : better
          ? "Better than your previous run"
          : "Worse than your previous run"}
      : mean Brier {score(comparison.current.meanBrier)} now, {score(comparison.previous.meanBrier)} on{" "}
      {formatDate(comparison.previous.createdAt)}
      {comparison.earlierCount > 1 && comparison.first
        ? `, and ${score(comparison.first.meanBrier)} on your first run (${formatDate(comparison.first.createdAt)})`
        : ""}
      . Runs on different questions are not strictly comparable.
    </p>
  );
}

export function RunHistoryTable({ runs, currentId }: { runs: RunHistoryEntry[]; currentId?: string }) {
  if (runs.length === 0) return <p className="muted">No practice runs yet.</p>;
  return (
    <ScrollBox label="Your practice runs">
      <table className="data-table">
        <caption className="visually-hidden">Your practice runs, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Set</th>
            <th scope="col">Answered</th>
            <th scope="col">Mean Brier</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} aria-current={run.id === currentId ? "true" : undefined}>
              <th scope="row">
                <Link href={`/practice/${run.id}`}>{formatDate(run.createdAt)}</Link>
                {run.id === currentId ? " (this run)" : ""}
              </th>
              <td>{runLabel(run)}</td>
              <td>
                {run.answered} of {run.total}
              </td>
              <td>{score(run.meanBrier)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
