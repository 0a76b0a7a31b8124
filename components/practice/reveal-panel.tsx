// After an answer: what happened, your score, what the authors' words implied (and how they
// scored on the same event), and the crowd of live forecasters, if there was one.
import { OutcomeLabel } from "@/components/outcome-label";
import { formatProbabilities } from "@/lib/forecasts/display";
import { formatDate, formatPercent } from "@/lib/format";
import type { AsOfQuestion } from "@/lib/practice/as-of";
import type { Reveal } from "@/lib/practice/reveal";
import { ScrollBox } from "@/components/scroll-box";

const score = (value: number | null) => (value === null ? "—" : value.toFixed(3));

export function RevealPanel({ question, probs, reveal }: { question: AsOfQuestion; probs: number[]; reveal: Reveal }) {
  const { outcome } = reveal;
  return (
    <div className="practice-reveal">
      <p className="practice-outcome">
        What happened: <OutcomeLabel outcome={outcome.outcome} option={outcome.optionLabel} /> (event{" "}
        {formatDate(outcome.occurredAt, outcome.precision)})
      </p>
      <p>{outcome.note}</p>
      {outcome.evidence && <p className="muted">Evidence: {outcome.evidence}</p>}
      <dl className="facts">
        <dt>Your answer</dt>
        <dd>
          {formatProbabilities(question, probs)}
          {question.type === "BINARY" && " Yes"}
        </dd>
        <dt>Your Brier score</dt>
        <dd>
          <strong>{score(reveal.yourScore.brier)}</strong> (lower is better; 50% on a yes/no question scores 0.250)
        </dd>
        <dt>The crowd</dt>
        <dd>
          {reveal.crowd
            ? `${formatProbabilities(question, reveal.crowd.probs)}${question.type === "BINARY" ? " Yes" : ""}: recency-weighted median of ${reveal.crowd.forecasters} live ${reveal.crowd.forecasters === 1 ? "forecaster" : "forecasters"}, Brier ${score(reveal.crowd.brier)}`
            : "None: nobody made a live forecast on this question before the event."}
        </dd>
      </dl>
      <h3>What the authors’ words implied</h3>
      {reveal.authors.length === 0 ? (
        <p className="muted">No author had written on this question by then.</p>
      ) : (
        <ScrollBox label="Authors’ implied probabilities">
          <table className="data-table">
            <caption className="visually-hidden">Authors’ implied probabilities against yours</caption>
            <thead>
              <tr>
                <th scope="col">Author (cue)</th>
                <th scope="col">Implied</th>
                <th scope="col">You</th>
                <th scope="col">Their Brier</th>
                <th scope="col">Your Brier</th>
              </tr>
            </thead>
            <tbody>
              {reveal.authors.map((claim) => (
                <tr key={claim.excerptId}>
                  <th scope="row">
                    {claim.attribution ? `${claim.attribution} (quoted by ${claim.author})` : claim.author}: “
                    {claim.cue}”{claim.optionLabel ? ` on “${claim.optionLabel}”` : ""}
                    {claim.reason && <span className="muted"> {claim.reason}</span>}
                  </th>
                  <td>{formatPercent(claim.impliedProbability)}</td>
                  <td>{formatPercent(claim.yourProbability)}</td>
                  <td>{score(claim.brier)}</td>
                  <td>{score(claim.yourBrier)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </div>
  );
}
