// A question as a forecaster saw it on its "as of" date: the question, its criteria, options,
// condition and the excerpts in the authors' words. Deliberately no outcome, no resolution, no
// later events, no crowd, and not the probability we read into each excerpt.
import { QuoteWithCue } from "@/components/quote-with-cue";
import { formatDate } from "@/lib/format";
import type { AsOfQuestion } from "@/lib/practice/as-of";

export function AsOfQuestionView({ question, headingId }: { question: AsOfQuestion; headingId: string }) {
  return (
    <>
      <h2 id={headingId}>{question.title}</h2>
      <p className="meta">
        <span>
          As of <time dateTime={question.asOf.toISOString()}>{formatDate(question.asOf)}</time>
        </span>
        <span>{question.type === "MULTIPLE_CHOICE" ? "Multiple choice" : "Yes / no"}</span>
      </p>
      {question.condition && (
        <p className="notice">
          Conditional question: it counts only if “{question.condition.title}” resolves{" "}
          <strong>{question.condition.requiredOutcome === "YES" ? "Yes" : "No"}</strong>. Forecast as if it does.
        </p>
      )}
      <h3>Resolution criteria</h3>
      <p>{question.resolutionCriteria}</p>
      {question.options.length > 0 && (
        <>
          <h3>Options</h3>
          <ol>
            {question.options.map((option) => (
              <li key={option.id}>{option.label}</li>
            ))}
          </ol>
        </>
      )}
      <h3>What was written by then</h3>
      {question.excerpts.length === 0 ? (
        <p className="muted">No article published by this date speaks to the question.</p>
      ) : (
        <ul className="excerpts">
          {question.excerpts.map((excerpt) => (
            <li key={excerpt.id} className="card">
              <QuoteWithCue quote={excerpt.quote} cue={excerpt.cue} />
              {excerpt.condition && <p className="meta">Conditional: {excerpt.condition}</p>}
              <p className="meta">
                <cite>
                  {excerpt.attribution ? `${excerpt.attribution}, quoted by ` : ""}
                  {excerpt.author}, {excerpt.source.title}, {excerpt.source.outlet},{" "}
                  {formatDate(excerpt.source.publishedAt)}
                </cite>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
