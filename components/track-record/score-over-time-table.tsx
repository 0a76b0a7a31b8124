// The score-over-time chart's numbers as a table, in resolution order.
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { ScrollBox } from "@/components/scroll-box";

export type ScoreRow = { t: number; questionId: string; title: string; timeAvgBrier: number; runningMean: number };

export function ScoreOverTimeTable({ rows }: { rows: readonly ScoreRow[] }) {
  return (
    <ScrollBox label="Score over time">
      <table className="data-table">
        <caption className="visually-hidden">
          Time-averaged Brier of each resolved question, and the running mean, by resolution date
        </caption>
        <thead>
          <tr>
            <th scope="col">Resolved</th>
            <th scope="col">Question</th>
            <th scope="col">Time-averaged Brier</th>
            <th scope="col">Running mean</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.questionId}>
              <td>
                <time dateTime={new Date(row.t).toISOString().slice(0, 10)}>{formatDate(new Date(row.t))}</time>
              </td>
              <th scope="row">
                <Link href={`/questions/${row.questionId}`}>{row.title}</Link>
              </th>
              <td>{row.timeAvgBrier.toFixed(3)}</td>
              <td>{row.runningMean.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
