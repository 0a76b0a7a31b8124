import type { Metadata } from "next";
import Link from "next/link";
import { CalibrationChart } from "@/components/charts/calibration-chart";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatProbabilities } from "@/lib/forecasts/display";
import { formatPercent } from "@/lib/format";
import { orNotFound } from "@/lib/http/page-guards";
import { requireViewer } from "@/lib/http/session";
import { sessionReport, type SessionReport } from "@/lib/sessions/report";
import { sessionIdParam } from "@/lib/sessions/schemas";
import { parseInput } from "@/lib/validation/parse";
import { ScrollBox } from "@/components/scroll-box";

export const metadata: Metadata = { title: "Session report" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const brier = (value: number | null) => (value === null ? "—" : value.toFixed(3));
const probs = (values: number[] | null, question: SessionReport["questions"][number]) =>
  values ? formatProbabilities(question, values) : "—";
const signed = (value: number) => `${value >= 0 ? "+" : "−"}${formatPercent(Math.abs(value))}`;

export default async function SessionReportPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/sessions/${id}/report`);
  let report: SessionReport;
  try {
    report = await orNotFound(() => sessionReport(getDb(), viewer, parseInput(sessionIdParam, { id }).id));
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") {
      return (
        <>
          <h1>Session report</h1>
          <p className="card">
            The report is ready once the facilitator closes the session.{" "}
            <Link href={`/sessions/${id}`}>Back to the session</Link>
          </p>
        </>
      );
    }
    throw error;
  }
  return (
    <article>
      <p className="meta">
        <Link href={`/sessions/${id}`}>← Session</Link> ·{" "}
        <Link href={`/teams/${report.session.team.id}`}>{report.session.team.name}</Link>
      </p>
      <h1>Report: {report.session.title}</h1>
      <p>
        Export: <a href={`/api/v1/sessions/${id}/report?format=csv`}>CSV</a> ·{" "}
        <a href={`/api/v1/sessions/${id}/report`}>JSON</a>
      </p>

      <section aria-labelledby="people">
        <h2 id="people">People</h2>
        <ScrollBox label="People’s changes and scores">
          <table className="data-table">
            <caption className="visually-hidden">Each participant’s change and scores</caption>
            <thead>
              <tr>
                <th scope="col">Participant</th>
                <th scope="col">Questions answered</th>
                <th scope="col">Mean shift (round 1 → 2)</th>
                <th scope="col">Mean Brier, round 1</th>
                <th scope="col">Mean Brier, round 2</th>
              </tr>
            </thead>
            <tbody>
              {report.people.map((person) => (
                <tr key={person.userId}>
                  <th scope="row">
                    {person.userId === viewer.userId ? `${person.participant} (you)` : person.participant}
                  </th>
                  <td>{person.questionsAnswered}</td>
                  <td>{person.meanAbsoluteShift === null ? "—" : formatPercent(person.meanAbsoluteShift)}</td>
                  <td>{brier(person.meanBrier1)}</td>
                  <td>{brier(person.meanBrier2)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Team (median forecast)</th>
                <td />
                <td />
                <td>{brier(report.team.meanBrier1)}</td>
                <td>{brier(report.team.meanBrier2)}</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
        <p className="muted">Brier scores only on resolved questions; lower is better.</p>
      </section>

      {report.questions.map((question) => (
        <section key={question.id} aria-labelledby={`rq-${question.id}`} className="card session-question">
          <h2 id={`rq-${question.id}`}>
            <Link href={`/questions/${question.id}`}>{question.title}</Link>
          </h2>
          <p>
            {question.resolved ? `Resolved: ${question.outcome}.` : "Not resolved yet: no scores."} Round 1 median{" "}
            {probs(question.round1.pooled?.median ?? null, question)}, extremized{" "}
            {probs(question.round1.pooled?.extremized ?? null, question)}; round 2 median{" "}
            {probs(question.round2.pooled?.median ?? null, question)}, extremized{" "}
            {probs(question.round2.pooled?.extremized ?? null, question)}.
          </p>
          <ScrollBox label="Answers on this question">
            <table className="data-table">
              <caption className="visually-hidden">Answers on this question</caption>
              <thead>
                <tr>
                  <th scope="col">Participant</th>
                  <th scope="col">Round 1</th>
                  <th scope="col">Round 2</th>
                  <th scope="col">Change</th>
                  <th scope="col">Brier 1</th>
                  <th scope="col">Brier 2</th>
                </tr>
              </thead>
              <tbody>
                {question.people.map((person) => (
                  <tr key={person.participant}>
                    <th scope="row">{person.participant}</th>
                    <td>{probs(person.round1, question)}</td>
                    <td>{probs(person.round2, question)}</td>
                    <td>{person.change ? person.change.map(signed).join(" · ") : "—"}</td>
                    <td>{brier(person.brier1)}</td>
                    <td>{brier(person.brier2)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">Team median</th>
                  <td />
                  <td />
                  <td />
                  <td>{brier(question.team.brier1Median)}</td>
                  <td>{brier(question.team.brier2Median)}</td>
                </tr>
              </tbody>
            </table>
          </ScrollBox>
        </section>
      ))}

      <section aria-labelledby="calibration">
        <h2 id="calibration">Calibration of the session</h2>
        {report.calibrationPairs === 0 ? (
          <p className="muted">No resolved question in this session, so there is nothing to calibrate against yet.</p>
        ) : (
          <>
            <CalibrationChart
              bins={report.calibration}
              whose="The session's round-2 answers"
              label="Session calibration chart"
            />
            <ScrollBox label="Round-2 calibration">
              <table className="data-table">
                <caption>
                  Round-2 answers on resolved questions, in five bins ({report.calibrationPairs} answers)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Forecast range</th>
                    <th scope="col">Answers</th>
                    <th scope="col">Mean forecast</th>
                    <th scope="col">Happened</th>
                    <th scope="col">95% interval</th>
                  </tr>
                </thead>
                <tbody>
                  {report.calibration.map((bin) => (
                    <tr key={bin.lo}>
                      <td>
                        {formatPercent(bin.lo)}–{formatPercent(bin.hi)}
                      </td>
                      <td>{bin.n}</td>
                      <td>{bin.meanP === undefined ? "—" : formatPercent(bin.meanP)}</td>
                      <td>{bin.freq === undefined ? "—" : formatPercent(bin.freq)}</td>
                      <td>
                        {bin.ciLow === undefined ? "—" : `${formatPercent(bin.ciLow)}–${formatPercent(bin.ciHigh!)}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </>
        )}
      </section>
    </article>
  );
}
