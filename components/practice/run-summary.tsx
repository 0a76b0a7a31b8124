// The end of a run: your mean Brier, head to head with each author and with the crowd, and the
// calibration of the run as a chart with its table.
import { CalibrationChart } from "@/components/charts/calibration-chart";
import { CalibrationTable } from "@/components/track-record/calibration-table";
import type { RunSummary } from "@/lib/practice/summary";
import { ScrollBox } from "@/components/scroll-box";

const score = (value: number) => value.toFixed(3);

function verdict(yours: number, theirs: number) {
  if (Math.abs(yours - theirs) < 0.0005) return "tie";
  return yours < theirs ? "you did better" : "they did better";
}

function baselineVerdict(yours: number, uninformed: number) {
  if (Math.abs(yours - uninformed) < 0.0005) return "your answers did no better than not guessing.";
  return yours < uninformed
    ? "your answers carried real information."
    : "your answers did worse than not guessing: they were confident in the wrong direction more often than right.";
}

export function RunSummaryView({ summary }: { summary: RunSummary }) {
  return (
    <>
      <p className="practice-score">
        Your mean Brier score over {summary.answered} {summary.answered === 1 ? "question" : "questions"}:{" "}
        <strong>{score(summary.meanBrier)}</strong>. Lower is better: 0 is every answer certain and right.
      </p>
      <p>
        Knowing nothing (50% on every yes/no question, equal odds across a multiple-choice question’s options) would
        have scored <strong>{score(summary.uninformedBrier)}</strong> on these questions:{" "}
        {baselineVerdict(summary.meanBrier, summary.uninformedBrier)}
      </p>
      <p className="muted">
        Below, “you did better” means your mean Brier score was lower than theirs on the same events; it says nothing
        about whether either beat the no-knowledge score above.
      </p>
      <h3 id="vs-authors">You against the authors</h3>
      {summary.vsAuthors.length === 0 ? (
        <p className="muted">No author made a scored claim about these questions.</p>
      ) : (
        <ScrollBox label="You against the authors">
          <table className="data-table" aria-labelledby="vs-authors">
            <thead>
              <tr>
                <th scope="col">Author</th>
                <th scope="col">Claims compared</th>
                <th scope="col">Their mean Brier</th>
                <th scope="col">Your mean Brier on the same events</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {summary.vsAuthors.map((row) => (
                <tr key={row.author}>
                  <th scope="row">{row.author}</th>
                  <td>{row.claims}</td>
                  <td>{score(row.authorBrier)}</td>
                  <td>{score(row.yourBrier)}</td>
                  <td>{verdict(row.yourBrier, row.authorBrier)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <h3>You against the crowd</h3>
      {summary.vsCrowd ? (
        <p>
          On the {summary.vsCrowd.questions} question(s) live forecasters had answered before the event, the crowd’s
          mean Brier was <strong>{score(summary.vsCrowd.crowdBrier)}</strong> and yours{" "}
          <strong>{score(summary.vsCrowd.yourBrier)}</strong>:{" "}
          {verdict(summary.vsCrowd.yourBrier, summary.vsCrowd.crowdBrier)}.
        </p>
      ) : (
        <p className="muted">
          No crowd to compare with: nobody made a live forecast on these questions before the events.
        </p>
      )}
      <h3>Calibration of this run</h3>
      <p>
        Your answers grouped by probability ({summary.pairCount} probabilities: one per yes/no question, one per option
        on multiple-choice questions): across is the group’s mean, up is how often those things happened. On the dashed
        diagonal you are perfectly calibrated; a few questions make wide intervals.
      </p>
      <CalibrationChart bins={summary.calibration} />
      <details>
        <summary>Table view of the calibration chart</summary>
        <CalibrationTable bins={summary.calibration} />
      </details>
    </>
  );
}
