import { SCORES_SHOWN, type PageScores } from "@/lib/questions/page-data";
import { ScrollBox } from "@/components/scroll-box";

const fixed = (value: number | null, digits = 3) => (value === null ? "—" : value.toFixed(digits));

export function ScoresTable({ scores }: { scores: PageScores }) {
  if (!scores.resolution) return null;
  return (
    <section aria-labelledby="scores">
      <h2 id="scores">Scores</h2>
      {!scores.scored ? (
        <p className="muted">Ambiguous and annulled questions are not scored.</p>
      ) : scores.hiddenReason ? (
        <p className="muted">
          {scores.summary.forecasters === 1 ? "1 forecaster was" : `${scores.summary.forecasters} forecasters were`}{" "}
          scored
          {scores.summary.meanTimeAvgBrier === null
            ? "."
            : `, with a mean time-averaged Brier of ${fixed(scores.summary.meanTimeAvgBrier)}.`}{" "}
          {scores.hiddenReason}
        </p>
      ) : scores.items.length === 0 ? (
        <p className="muted">Nobody forecast this question before the event, so there is nothing to score.</p>
      ) : scores.resolution.outcome === "VALUE" ? (
        <DistributionScores scores={scores} />
      ) : (
        <ScrollBox label="Scores">
          <table className="data-table">
            <caption className={scores.items.length < scores.summary.forecasters ? undefined : "visually-hidden"}>
              {scores.items.length < scores.summary.forecasters
                ? `The best ${SCORES_SHOWN} of ${scores.summary.forecasters} forecasters’ scores on this question${scores.items.length > SCORES_SHOWN ? ", and yours" : ""}`
                : "Scores of each forecaster on this question"}
            </caption>
            <thead>
              <tr>
                <th scope="col">Forecaster</th>
                <th scope="col">Time-averaged Brier</th>
                <th scope="col">Final Brier</th>
                <th scope="col">Relative Brier</th>
                <th scope="col">Coverage</th>
                <th scope="col">Log score</th>
                <th scope="col">Peer score</th>
                <th scope="col">Forecasts</th>
              </tr>
            </thead>
            <tbody>
              {scores.items.map((item) => (
                <tr key={item.userId}>
                  <td>{item.userName}</td>
                  <td>{fixed(item.timeAvgBrier)}</td>
                  <td>{fixed(item.finalBrier)}</td>
                  <td>{fixed(item.relativeBrier)}</td>
                  <td>{Math.round(item.coverage * 100)}%</td>
                  <td>{fixed(item.logScore)}</td>
                  <td>{fixed(item.peerScore, 1)}</td>
                  <td>{item.forecastCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {scores.resolution.outcome === "VALUE" ? (
        <p className="muted">
          Scores of the distributions, time-averaged over the question’s window. CRPS (scaled to a range of 1): lower is
          better, 0 for all the probability on the outcome. Baseline score: higher is better, 0 for a forecast spread
          evenly over the range. Log score: ln of your density at the outcome (higher is better; compare within this
          question only).
        </p>
      ) : (
        <p className="muted">
          Brier: lower is better (0 perfect; 0.25 for always saying 50%). Relative Brier is yours minus the median of
          the others active at the time (negative beats the crowd). Coverage is the share of the question’s window you
          had a forecast standing. Peer score: 100 × ln(your probability of what happened ÷ the others’ geometric mean).
        </p>
      )}
    </section>
  );
}

/** A NUMERIC or DATE question's scores: no Brier, the distribution's scores instead. */
function DistributionScores({ scores }: { scores: PageScores }) {
  return (
    <ScrollBox label="Scores">
      <table className="data-table">
        <caption className="visually-hidden">Scores of each forecaster’s distributions on this question</caption>
        <thead>
          <tr>
            <th scope="col">Forecaster</th>
            <th scope="col">CRPS (scaled)</th>
            <th scope="col">Baseline score</th>
            <th scope="col">Log score</th>
            <th scope="col">Coverage</th>
            <th scope="col">Forecasts</th>
          </tr>
        </thead>
        <tbody>
          {scores.items.map((item) => (
            <tr key={item.userId}>
              <td>{item.userName}</td>
              <td>{fixed(item.scaledCrps)}</td>
              <td>{fixed(item.baselineScore, 1)}</td>
              <td>{fixed(item.logScore, 2)}</td>
              <td>{Math.round(item.coverage * 100)}%</td>
              <td>{item.forecastCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
