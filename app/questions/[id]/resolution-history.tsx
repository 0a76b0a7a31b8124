// The current resolution with its evidence, and every earlier one with the reason it changed.
import { OutcomeLabel } from "@/components/outcome-label";
import type { QuestionStatus } from "@/lib/domain/question-status";
import { formatDate } from "@/lib/format";
import { formatValue } from "@/lib/forecasts/continuous-display";
import type { QuestionDetail } from "@/lib/questions/queries";
import { ResolutionNotice } from "./resolution-notice";

export function ResolutionHistory({ question, status }: { question: QuestionDetail; status: QuestionStatus }) {
  const resolution = question.currentResolution;
  const valueText = (value: number | null) =>
    value === null || (question.type !== "NUMERIC" && question.type !== "DATE")
      ? null
      : formatValue({ type: question.type, unit: question.unit }, value);
  const earlierResolutions = question.resolutions.filter((entry) => entry.id !== resolution?.id);
  return (
    <section aria-labelledby="resolution">
      <h2 id="resolution">Resolution</h2>
      <ResolutionNotice questionId={question.id} />
      {resolution ? (
        <div className="card">
          <p>
            Resolved{" "}
            <OutcomeLabel
              outcome={resolution.outcome}
              option={resolution.option?.label}
              value={valueText(resolution.value)}
            />{" "}
            — event on {formatDate(resolution.occurredAt, resolution.occurredAtPrecision)}.
          </p>
          <p>{resolution.note}</p>
          {resolution.evidence && <p className="muted">Evidence: {resolution.evidence}</p>}
          {resolution.evidenceUrl && (
            <p>
              <a href={resolution.evidenceUrl} rel="noreferrer">
                Evidence link
              </a>
            </p>
          )}
          <p className="muted">Recorded {formatDate(resolution.recordedAt)}.</p>
          {earlierResolutions.length > 0 && (
            <details>
              <summary>Earlier resolutions ({earlierResolutions.length})</summary>
              <ul>
                {earlierResolutions.map((entry) => (
                  <li key={entry.id}>
                    <OutcomeLabel outcome={entry.outcome} option={entry.option?.label} value={valueText(entry.value)} />
                    , recorded {formatDate(entry.recordedAt)}: {entry.note}
                    {entry.reason && <> (changed because: {entry.reason})</>}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ) : (
        <p className="muted">
          Not resolved yet. {status === "open" ? "It is open for forecasts" : "It is closed to forecasts"} and should
          resolve by {formatDate(question.resolveBy)}.
        </p>
      )}
    </section>
  );
}
