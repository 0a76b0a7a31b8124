// The viewer's own corner of a question: the entry form while it is open, and their forecasts with rationales.
import { isProbabilityQuestion } from "@/lib/forecasts/probabilities";
import { formatProbabilities } from "@/lib/forecasts/display";
import Link from "next/link";
import { ForecastEntry } from "@/components/forecast/forecast-entry";
import { DistributionEntry } from "@/components/forecast/distribution-entry";
import { fanBands } from "@/lib/forecasting/continuous";
import { rangeOf } from "@/lib/forecasts/continuous";
import { formatMedianInterval } from "@/lib/forecasts/continuous-display";
import { Markdown } from "@/components/markdown";
import type { QuestionStatus } from "@/lib/domain/question-status";
import type { Viewer } from "@/lib/domain/viewer";
import type { LogEntry } from "@/lib/forecasts/log";
import type { QuestionDetail } from "@/lib/questions/queries";
import { submitForecast } from "./actions";

type Props = { question: QuestionDetail; status: QuestionStatus; viewer: Viewer; myForecasts: LogEntry[] };

export function YourForecastSection({ question, status, viewer, myForecasts }: Props) {
  const latestMine = myForecasts.at(-1);
  const probabilityType = isProbabilityQuestion(question) ? question.type : null;
  const continuousType = question.type === "NUMERIC" || question.type === "DATE" ? question.type : null;
  /** A forecast's numbers as one line: probabilities, or a distribution's median and 90% interval. */
  const numbers = (entry: LogEntry) =>
    continuousType && entry.cdf
      ? formatMedianInterval({ type: continuousType, unit: question.unit }, fanBands(entry.cdf, rangeOf(question)))
      : formatProbabilities(question, entry.probs);
  return (
    <section aria-labelledby="your-forecast">
      <h2 id="your-forecast">Your forecast</h2>
      {status !== "open" ? (
        <p className="muted">
          This question is {status} and accepts no new forecasts.
          {status === "closed" && " It is waiting for its resolution."}
        </p>
      ) : viewer && probabilityType ? (
        <div className="card">
          <ForecastEntry
            questionId={question.id}
            save={submitForecast}
            type={probabilityType}
            options={question.options.map((option) => ({ id: option.id, label: option.label }))}
            latest={latestMine ? latestMine.probs.map((p) => p * 100) : null}
            submitLabel={latestMine ? "Save revised forecast" : "Save forecast"}
          />
        </div>
      ) : viewer && continuousType ? (
        <div className="card">
          <DistributionEntry
            questionId={question.id}
            save={submitForecast}
            type={continuousType}
            unit={question.unit}
            range={rangeOf(question)}
            latest={latestMine?.cdf ? fanBands(latestMine.cdf, rangeOf(question)) : null}
            submitLabel={latestMine ? "Save revised forecast" : "Save forecast"}
          />
        </div>
      ) : (
        <p>
          <Link href={`/sign-in?next=/questions/${question.id}`}>Sign in</Link> or{" "}
          <Link href={`/sign-up?next=/questions/${question.id}`}>create an account</Link> to forecast this question.
        </p>
      )}
      {myForecasts.length > 0 && (
        <>
          <h3>Your forecasts ({myForecasts.length})</h3>
          <ol className="history-list" reversed>
            {[...myForecasts].reverse().map((entry) => (
              <li key={entry.id}>
                <strong>{numbers(entry)}</strong>{" "}
                <span className="muted">
                  on{" "}
                  <time dateTime={entry.createdAt.toISOString()}>
                    {entry.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                  </time>
                </span>
                {entry.rationale && <Markdown text={entry.rationale} />}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
