// Every resolved question you forecast, with your scores on it.
import Link from "next/link";
import { OutcomeLabel } from "@/components/outcome-label";
import { formatDate } from "@/lib/format";
import { ScrollBox } from "@/components/scroll-box";

export type ResolvedQuestionRow = {
  questionId: string;
  title: string;
  outcome: string;
  option: string | null;
  occurredAt: Date;
  timeAvgBrier: number;
  finalBrier: number;
  relativeBrier: number | null;
  coverage: number;
  logScore: number;
  forecastCount: number;
};

const fixed = (value: number | null, digits = 3) => (value === null ? "—" : value.toFixed(digits));

export function ResolvedQuestionsTable({ rows }: { rows: readonly ResolvedQuestionRow[] }) {
  return (
    <ScrollBox label="Your scores on resolved questions">
      <table className="data-table">
        <caption className="visually-hidden">Your scores on each resolved question, most recent first</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Resolved</th>
            <th scope="col">Outcome</th>
            <th scope="col">Time-averaged Brier</th>
            <th scope="col">Final Brier</th>
            <th scope="col">Relative Brier</th>
            <th scope="col">Coverage</th>
            <th scope="col">Log score</th>
            <th scope="col">Forecasts</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.questionId}>
              <th scope="row">
                <Link href={`/questions/${row.questionId}`}>{row.title}</Link>
              </th>
              <td>
                <time dateTime={row.occurredAt.toISOString().slice(0, 10)}>{formatDate(row.occurredAt)}</time>
              </td>
              <td>
                <OutcomeLabel outcome={row.outcome} option={row.option} />
              </td>
              <td>{fixed(row.timeAvgBrier)}</td>
              <td>{fixed(row.finalBrier)}</td>
              <td>{fixed(row.relativeBrier)}</td>
              <td>{Math.round(row.coverage * 100)}%</td>
              <td>{fixed(row.logScore)}</td>
              <td>{row.forecastCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
