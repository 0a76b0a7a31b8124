import type { ImportPreview } from "@/lib/imports/preview";
import styles from "./import.module.css";

const score = (value: number | null) => (value === null ? "—" : value.toFixed(4));

/** What the file holds: counts, problems by row and column, the questions, and scores compared. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { questions, forecasts, resolutions } = preview;
  return (
    <section aria-labelledby="import-preview-heading" className={styles.preview}>
      <h2 id="import-preview-heading">{preview.committed ? "What was imported" : "Preview"}</h2>
      <ul>
        <li>
          {preview.rows.toLocaleString("en")} rows read; {questions.total} questions ({questions.new} new,{" "}
          {questions.existing} imported before)
        </li>
        <li>
          {forecasts.total} forecasts: {forecasts.new} new, {forecasts.alreadyImported} imported before,{" "}
          {forecasts.skipped} left out
        </li>
        <li>
          {resolutions.total} resolutions: {resolutions.new} new, {resolutions.alreadyImported} imported before
          {resolutions.conflicting > 0 ? `, ${resolutions.conflicting} resolved differently here (kept)` : ""}
        </li>
        <li>
          Your forecasts: those by “{preview.forecasters.you}”
          {preview.forecasters.matched.length > 0 && `; given to accounts: ${preview.forecasters.matched.join(", ")}`}
          {preview.forecasters.skipped.map((s) => `; left out: ${s.name} (${s.forecasts}, ${s.reason})`).join("")}
        </li>
      </ul>

      {preview.errorCount > 0 && (
        <IssueTable
          caption={`${preview.errorCount} problem${preview.errorCount === 1 ? "" : "s"}: nothing can be imported until the file is fixed`}
          issues={preview.errors}
          className="import-errors"
        />
      )}
      {preview.warnings.length > 0 && <IssueTable caption="Notes on the import" issues={preview.warnings} />}

      {questions.items.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Questions in the file" tabIndex={0}>
          <table className="data-table">
            <caption>
              Questions
              {questions.items.length < questions.total
                ? ` (first ${questions.items.length} of ${questions.total})`
                : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Question</th>
                <th scope="col">Resolution</th>
                <th scope="col">New forecasts</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {questions.items.map((item) => (
                <tr key={`${item.row}-${item.title}`}>
                  <td>{item.row}</td>
                  <td>
                    {item.title}
                    {item.options.length > 0 && <span className="muted"> ({item.options.join(" / ")})</span>}
                  </td>
                  <td>{item.resolution ?? "open"}</td>
                  <td>
                    {item.newForecasts} of {item.forecasts}
                  </td>
                  <td>{item.status === "new" ? "new" : "imported before"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {preview.scores.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Scores compared" tabIndex={0}>
          <table className="data-table">
            <caption>Your scores: the file’s figures beside this workbench’s</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">File’s Brier</th>
                <th scope="col">Time-averaged Brier here</th>
                <th scope="col">Final Brier here</th>
                <th scope="col">Differs</th>
              </tr>
            </thead>
            <tbody>
              {preview.scores.map((row) => (
                <tr key={`${row.row}-${row.title}`}>
                  <td>{row.title}</td>
                  <td>{score(row.reportedBrier)}</td>
                  <td>{score(row.timeAveragedBrier)}</td>
                  <td>{score(row.finalBrier)}</td>
                  <td>{row.differs ? "yes" : "no"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function IssueTable({
  caption,
  issues,
  className,
}: {
  caption: string;
  issues: ImportPreview["errors"];
  className?: string;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className={`data-table ${className ?? ""}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, index) => (
            <tr key={index}>
              <td>{issue.row}</td>
              <td>{issue.column}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
