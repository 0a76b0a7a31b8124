"use client";
// Entering a forecast: the field starts empty (a prefilled 50%, or the last forecast, would anchor
// the estimate), with the viewer's last forecast shown beside it; the slider appears once there
// is a value; arrow keys ±1 (Shift ±5) from the typed value or else the last forecast; Enter
// saves. Multiple choice: one field per option, a live total and "normalize to 100%". An empty
// field is named in the app's own words; the same zod schema as the server checks the rest.
import { probabilitiesJson } from "@/lib/forecasts/probabilities";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { forecastInput } from "@/lib/forecasts/schemas";
import type { FieldIssue } from "@/lib/errors";
import type { ActionResult } from "@/lib/http/action-result";
import { clampPercent, parsePercent, roundPercent, stepFromKey } from "./percent";
import { useDraft } from "./use-draft";

type Option = { id: string; label: string };
type Draft = { percents: string[]; rationale: string };

export type SaveForecast = (questionId: string, input: unknown) => Promise<ActionResult<{ id: string }>>;

export type ForecastEntryProps = {
  questionId: string;
  /** The server action that records the forecast. */
  save: SaveForecast;
  type: "BINARY" | "MULTIPLE_CHOICE";
  options: Option[];
  /** The viewer's latest forecast, in percent per option (binary: [P(yes)]). */
  latest: number[] | null;
  autoFocus?: boolean;
  onSaved?: () => void;
  submitLabel?: string;
  /** Where an unsaved estimate is kept; defaults to one slot per question. */
  draftKey?: string;
};

function emptyPercents(type: ForecastEntryProps["type"], options: Option[]): string[] {
  return type === "BINARY" ? [""] : options.map(() => "");
}

/** The message for fields left empty, naming them as the form labels them. */
function emptyFieldMessage(type: ForecastEntryProps["type"], options: Option[], numbers: (number | null)[]) {
  if (type === "BINARY") return numbers[0] === null ? "Enter your probability of Yes, from 0.1% to 99.9%." : null;
  const empty = options.filter((_, index) => numbers[index] === null).map((option) => option.label);
  if (empty.length === 0) return null;
  return `Enter a probability for ${empty.length === options.length ? "each option" : empty.join(", ")} (0 if you rule it out).`;
}

export function ForecastEntry({
  questionId,
  save: submitForecast,
  type,
  options,
  latest,
  autoFocus,
  onSaved,
  submitLabel,
  draftKey,
}: ForecastEntryProps) {
  const router = useRouter();
  const id = useId();
  const draft = useDraft<Draft>(draftKey ?? `forecast-draft:${questionId}`, {
    percents: emptyPercents(type, options),
    rationale: "",
  });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const { percents, rationale } = draft.value;

  const setPercent = (index: number, text: string) => {
    const next = [...percents];
    next[index] = text;
    draft.update({ percents: next, rationale });
  };
  const nudge = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    const step = stepFromKey(event);
    if (step === 0) return;
    event.preventDefault();
    const current = parsePercent(percents[index] ?? "") ?? latest?.[index] ?? 50;
    setPercent(index, String(clampPercent(current + step)));
  };
  const numbers = percents.map((text) => parsePercent(text));
  const total = numbers.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  const normalize = () => {
    if (total <= 0) return;
    const scaled = numbers.map((value) => ((value ?? 0) / total) * 100);
    const rounded = scaled.map(roundPercent);
    // Put the rounding remainder on the largest option so the total is exactly 100.
    const largest = rounded.indexOf(Math.max(...rounded));
    rounded[largest] = roundPercent((rounded[largest] ?? 0) + 100 - rounded.reduce((a, b) => a + b, 0));
    draft.update({ percents: rounded.map(String), rationale });
  };

  async function save() {
    setMessage(null);
    const empty = emptyFieldMessage(type, options, numbers);
    if (empty) {
      setIssues([{ path: type === "BINARY" ? "probability" : "probabilities", message: empty }]);
      setMessage({ kind: "error", text: empty });
      firstField.current?.focus();
      return;
    }
    // An empty field becomes NaN so the shared schema names it, instead of silently reading 0.
    const probs = numbers.map((value) => (value === null ? Number.NaN : value / 100));
    const body = { ...probabilitiesJson({ type, options }, probs), rationale };
    const checked = forecastInput.safeParse({ ...body, rationale: rationale.trim() || undefined });
    if (!checked.success) {
      const found = checked.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      }));
      setIssues(found);
      setMessage({ kind: "error", text: found[0]?.message ?? "Check the forecast" });
      return;
    }
    setPending(true);
    try {
      const result = await submitForecast(questionId, checked.data);
      if (!result.ok) {
        setIssues(result.issues);
        setMessage({ kind: "error", text: `${result.message} Your estimate is kept here.` });
        return;
      }
      setIssues([]);
      draft.clear();
      setMessage({ kind: "success", text: "Forecast saved." });
      router.refresh();
      onSaved?.();
    } catch {
      setMessage({ kind: "error", text: "Could not reach the server. Your estimate is kept here; try again." });
    } finally {
      setPending(false);
    }
  }

  const errorFor = (path: string) => issues.find((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
  const binaryError = errorFor("probability");
  const multiError = errorFor("probabilities");

  return (
    <form
      className="forecast-entry"
      aria-label="Your forecast"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {draft.restored && <p className="muted">Restored your unsaved estimate.</p>}
      {type === "BINARY" ? (
        <div className="probability-row">
          <label htmlFor={`${id}-percent`} className="percent-field">
            Probability of Yes
          </label>
          <span className="percent-field">
            <input
              id={`${id}-percent`}
              ref={firstField}
              inputMode="decimal"
              autoComplete="off"
              autoFocus={autoFocus}
              value={percents[0] ?? ""}
              onChange={(event) => setPercent(0, event.target.value)}
              onKeyDown={nudge(0)}
              aria-invalid={Boolean(binaryError) || undefined}
              aria-describedby={`${id}-hint${latest && numbers[0] === null ? ` ${id}-last` : ""}${binaryError ? ` ${id}-error` : ""}`}
            />
            %
          </span>
          {numbers[0] !== null && numbers[0] !== undefined ? (
            <input
              type="range"
              min={0.1}
              max={99.9}
              step={0.1}
              value={numbers[0]}
              onChange={(event) => setPercent(0, String(roundPercent(Number(event.target.value))))}
              onKeyDown={nudge(0)}
              aria-label="Probability of Yes (slider)"
              aria-valuetext={`${numbers[0]}%`}
            />
          ) : (
            latest && (
              <span id={`${id}-last`} className="muted">
                Your last forecast: {roundPercent(latest[0]!)}%
              </span>
            )
          )}
        </div>
      ) : (
        <fieldset>
          <legend>Probability of each option</legend>
          <div className="option-grid">
            {options.map((option, index) => (
              <label key={option.id} style={{ display: "contents" }}>
                <span>{option.label}</span>
                <span className="percent-field">
                  <input
                    ref={index === 0 ? firstField : undefined}
                    autoFocus={autoFocus && index === 0}
                    inputMode="decimal"
                    autoComplete="off"
                    value={percents[index] ?? ""}
                    onChange={(event) => setPercent(index, event.target.value)}
                    onKeyDown={nudge(index)}
                    aria-invalid={Boolean(multiError) || undefined}
                  />
                  %{latest && <span className="muted"> (last {roundPercent(latest[index]!)}%)</span>}
                </span>
              </label>
            ))}
          </div>
          <p aria-live="polite">
            Total:{" "}
            <strong className={Math.abs(total - 100) <= 0.01 ? "total-ok" : "total-bad"}>{roundPercent(total)}%</strong>{" "}
            <button type="button" className="secondary-button" onClick={normalize} disabled={total <= 0}>
              Normalize to 100%
            </button>
          </p>
        </fieldset>
      )}
      <p id={`${id}-hint`} className="muted">
        {type === "BINARY" ? "Type how likely you think Yes is" : "Type how likely each option is"}, from 0.1% to 99.9%.
        Arrow keys change it by 1 point{latest ? " from your last forecast" : ""}, Shift + arrow by 5; Enter saves.
      </p>
      <label>
        Rationale <span className="hint">(optional; Markdown)</span>
        <textarea
          value={rationale}
          onChange={(event) => draft.update({ percents, rationale: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              void save();
            }
          }}
          placeholder="What moves you away from the base rate? (Ctrl+Enter saves)"
        />
      </label>
      <div aria-live="polite">
        {message && (
          <p
            id={message.kind === "error" ? `${id}-error` : undefined}
            className={`form-${message.kind}`}
            role={message.kind === "error" ? "alert" : "status"}
          >
            {message.text}
          </p>
        )}
      </div>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : (submitLabel ?? "Save forecast")}
        </button>
      </p>
    </form>
  );
}
