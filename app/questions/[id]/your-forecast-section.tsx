// The viewer's own corner of a question: the entry form while it is open, and their forecasts with rationales.
import { isProbabilityQuestion } from "@/lib/forecasts/probabilities";
import { formatProbabilities } from "@/lib/forecasts/display";
import Link from "next/link";
import { ForecastEntry } from "@/components/forecast/forecast-entry";
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
      ) : viewer ? (
        <p className="muted">Distributions for numeric and date questions are entered through the API for now.</p>
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
                <strong>{formatProbabilities(question, entry.probs)}</strong>{" "}
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
