"use client";
import Link from "next/link";
import { useState } from "react";
import type { ImportPreview } from "@/lib/imports/preview";
import { SPREADSHEET_FIELDS, type SpreadsheetField } from "@/lib/imports/spreadsheet-fields";
import type { ImportProgress } from "@/lib/imports/import";
import { sendImport, type ImportFailure, type ImportRequest } from "./send-import";
import { ImportPreviewView } from "./import-preview";
import styles from "./import.module.css";

type Team = { id: string; name: string };
const count = (value: number) => value.toLocaleString("en-GB");

/** The server's progress in words, with the fraction done when the total is known. */
function describeProgress(progress: ImportProgress, dryRun: boolean): { label: string; fraction: number | null } {
  const fraction = progress.total ? Math.min(1, progress.done / progress.total) : null;
  const of = progress.total === null ? "" : ` of ${count(progress.total)}`;
  switch (progress.phase) {
    case "reading":
      return { label: `Reading the file: ${count(progress.done)} rows`, fraction: null };
    case "checking":
      return {
        label: `Checking ${count(progress.total ?? 0)} questions${dryRun ? "" : " before writing"}`,
        fraction: null,
      };
    case "writing":
      return { label: `Writing forecasts and the crowd’s history: ${count(progress.done)}${of}`, fraction };
    case "finishing":
      return { label: `Finishing questions (crowd, resolutions, scores): ${count(progress.done)}${of}`, fraction };
  }
}

type Stage = { kind: "idle" } | { kind: "busy"; label: string; fraction: number | null };

const FIELD_LABELS: Record<SpreadsheetField, string> = {
  question: "Question",
  forecast: "Forecast (0–1 or %)",
  forecastDate: "Forecast date",
  resolveBy: "Resolve by",
  resolution: "Resolution",
  resolvedDate: "Resolved date",
  tags: "Tags",
  notes: "Notes",
};

export function ImportForm({ yourName, teams }: { yourName: string; teams: Team[] }) {
  const [format, setFormat] = useState<ImportRequest["format"]>("fatebook-csv");
  const [content, setContent] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [others, setOthers] = useState<ImportRequest["otherForecasters"]>("skip");
  const [teamId, setTeamId] = useState("");
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });

  function readFile(file: File | undefined) {
    if (!file) return;
    const reader = new FileReader();
    setStage({ kind: "busy", label: `Reading ${file.name}`, fraction: 0 });
    reader.onprogress = (event) => {
      if (event.lengthComputable)
        setStage({ kind: "busy", label: `Reading ${file.name}`, fraction: event.loaded / event.total });
    };
    reader.onload = () => {
      setContent(String(reader.result ?? ""));
      setFileName(file.name);
      setPreview(null);
      setStage({ kind: "idle" });
    };
    reader.onerror = () => {
      setFailure({ message: `Could not read ${file.name}.`, issues: [] });
      setStage({ kind: "idle" });
    };
    reader.readAsText(file);
  }

  async function run(dryRun: boolean) {
    setFailure(null);
    const request: ImportRequest = {
      format,
      content,
      dryRun,
      otherForecasters: others,
      ...(name.trim() ? { yourName: name.trim() } : {}),
      ...(teamId ? { teamId } : {}),
      ...(format === "csv" && Object.keys(mapping).length ? { mapping: nonEmpty(mapping) } : {}),
    };
    const verb = dryRun ? "Checking" : "Importing";
    setStage({ kind: "busy", label: `Sending the file`, fraction: 0 });
    const result = await sendImport(
      request,
      (fraction) =>
        setStage(
          fraction < 1
            ? { kind: "busy", label: "Sending the file", fraction }
            : { kind: "busy", label: `${verb} every row on the server`, fraction: null },
        ),
      (progress) => setStage({ kind: "busy", ...describeProgress(progress, dryRun) }),
    );
    setStage({ kind: "idle" });
    if (!result.ok) {
      setFailure(result.failure);
      return;
    }
    setPreview(result.preview);
    if (result.preview.mapping && format === "csv") setMapping(nonEmpty(result.preview.mapping));
  }

  const busy = stage.kind === "busy";
  const committed = preview?.committed ?? false;
  const canCommit = preview !== null && !committed && preview.errorCount === 0 && !busy;

  return (
    <div>
      <form
        className="stack-form"
        aria-label="Import a file"
        onSubmit={(event) => {
          event.preventDefault();
          void run(true);
        }}
      >
        <fieldset>
          <legend>What kind of file</legend>
          <label className="inline-check">
            <input
              type="radio"
              name="format"
              value="fatebook-csv"
              checked={format === "fatebook-csv"}
              onChange={() => {
                setFormat("fatebook-csv");
                setPreview(null);
              }}
            />
            Fatebook export (CSV)
          </label>
          <label className="inline-check">
            <input
              type="radio"
              name="format"
              value="csv"
              checked={format === "csv"}
              onChange={() => {
                setFormat("csv");
                setPreview(null);
              }}
            />
            Spreadsheet (CSV with a header row: question, forecast, forecast date, resolve-by, resolution, resolved
            date, tags, notes)
          </label>
        </fieldset>
        <label>
          CSV file
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(event) => readFile(event.target.files?.[0])}
          />
        </label>
        <label>
          …or paste its text
          <textarea
            name="content"
            rows={8}
            value={content}
            onChange={(event) => {
              setContent(event.target.value);
              setFileName(null);
              setPreview(null);
            }}
          />
          {fileName && (
            <span className="hint">
              From {fileName} ({content.length.toLocaleString("en")} characters)
            </span>
          )}
        </label>
        {format === "fatebook-csv" && (
          <>
            <label>
              Your name in the file{" "}
              <span className="hint">(optional; your forecasts carry it; default “{yourName}”)</span>
              <input
                name="yourName"
                value={name}
                onChange={(event) => setName(event.target.value)}
                autoComplete="off"
              />
            </label>
            <label>
              Other people’s forecasts{" "}
              <span className="hint">
                (giving them to accounts here is for administrators, and for a team’s owners and facilitators importing
                into it)
              </span>
              <select
                value={others}
                onChange={(event) => setOthers(event.target.value as ImportRequest["otherForecasters"])}
              >
                <option value="skip">Leave them out</option>
                <option value="match-by-name">Give them to the account with the same name</option>
              </select>
            </label>
          </>
        )}
        {teams.length > 0 && (
          <label>
            Visible to
            <select value={teamId} onChange={(event) => setTeamId(event.target.value)}>
              <option value="">Everyone on this workbench</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  Members of {team.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {format === "csv" && preview && (
          <fieldset>
            <legend>Which column holds what</legend>
            <div className={styles.mappingGrid}>
              {SPREADSHEET_FIELDS.map((field) => (
                <label key={field}>
                  {FIELD_LABELS[field]}
                  <select
                    value={mapping[field] ?? ""}
                    onChange={(event) => setMapping({ ...mapping, [field]: event.target.value })}
                  >
                    <option value="">(none)</option>
                    {preview.columns.map((column) => (
                      <option key={column} value={column}>
                        {column}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <p className={styles.buttons}>
          <button type="submit" disabled={busy || content.trim() === ""}>
            {preview ? "Check again" : "Preview"}
          </button>
          <button type="button" disabled={!canCommit} onClick={() => void run(false)}>
            {preview ? `Import ${preview.questions.total} questions and ${preview.forecasts.new} forecasts` : "Import"}
          </button>
        </p>
      </form>

      <div role="status" aria-live="polite" className={styles.status}>
        {busy && (
          <>
            <span>{stage.label}…</span>{" "}
            {stage.fraction === null ? (
              <progress aria-label={stage.label} />
            ) : (
              <progress aria-label={stage.label} max={1} value={stage.fraction} />
            )}
          </>
        )}
        {committed && preview && (
          <p className="form-success">
            Imported: {preview.questions.new} new questions, {preview.forecasts.new} forecasts,{" "}
            {preview.resolutions.new} resolutions. See them in <Link href="/questions?sort=newest">the questions</Link>{" "}
            and your <Link href="/me">track record</Link>.
          </p>
        )}
      </div>
      {failure && (
        <div className="form-error" role="alert">
          <p>{failure.message}</p>
          {failure.issues.length > 1 && (
            <ul>
              {failure.issues.slice(0, 20).map((issue, index) => (
                <li key={index}>
                  {issue.path}: {issue.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {preview && <ImportPreviewView preview={preview} />}
    </div>
  );
}

function nonEmpty(mapping: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
