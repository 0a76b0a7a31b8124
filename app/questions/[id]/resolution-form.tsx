"use client";
// Resolving settles everyone's scores, so it takes deliberate steps: a "Resolve…" button opens
// the form (no outcome chosen in advance), the form leads to a confirmation that names the
// outcome and what it will do, and only that confirmation records it. The result is announced
// in the Resolution section (resolution-notice.tsx), where the resolution itself appears.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import { useFieldIssues } from "@/components/forms/use-field-issues";
import type { FieldIssue } from "@/lib/errors";
import { formIssuesSummary } from "@/lib/forms/field-messages";
import type { ActionResult } from "@/lib/http/action-result";
import { announceResolution } from "./resolution-notice";

type Props = {
  questionId: string;
  type: "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
  options: { id: string; label: string }[];
  /** NUMERIC questions: the unit the value is in. */
  unit?: string | null;
  alreadyResolved: boolean;
  /** How many people have forecast it: they are scored by a Yes, No or option outcome. */
  forecasters: number;
  /** The visible questions conditional on this one, and the outcome each needs. */
  dependents: { title: string; conditionOutcome: "YES" | "NO" | null }[];
  resolve: (questionId: string, input: unknown) => Promise<ActionResult<{ annulled: number; scored: number }>>;
};

type Values = { outcome: string; value: string; occurredAt: string; note: string; evidenceUrl: string; reason: string };
/** The fields' labels as the form shows them, in its order: messages name fields by these. */
const LABELS = {
  outcome: "Outcome",
  value: "Value",
  occurredAt: "Date the event happened",
  note: "Note",
  evidenceUrl: "Evidence link",
  reason: "Reason for changing the resolution",
} as const;
const EMPTY: Values = { outcome: "", value: "", occurredAt: "", note: "", evidenceUrl: "", reason: "" };

/** The fields a person must fill, in their own words; the server checks the rest. */
function missing(values: Values, alreadyResolved: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!values.outcome) issues.push({ path: "outcome", message: "Choose the outcome." });
  if (values.outcome === "VALUE" && !values.value.trim()) issues.push({ path: "value", message: "Enter the value." });
  if (!values.occurredAt) issues.push({ path: "occurredAt", message: "Enter the date the event happened." });
  if (values.note.trim().length < 3) issues.push({ path: "note", message: "Write a note: one line on what happened." });
  if (alreadyResolved && !values.reason.trim())
    issues.push({ path: "reason", message: "Say why the earlier resolution was wrong." });
  return issues;
}

export function ResolutionForm({
  questionId,
  type,
  options,
  alreadyResolved,
  forecasters,
  dependents,
  resolve,
  unit = null,
}: Props) {
  const router = useRouter();
  const id = useId();
  const [step, setStep] = useState<"closed" | "form" | "confirm">("closed");
  const [values, setValues] = useState<Values>(EMPTY);
  const { issues, setIssues, onInput } = useFieldIssues();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const backToOpener = useRef(false);
  const firstField = useRef<HTMLSelectElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const verb = alreadyResolved ? "Re-resolve" : "Resolve";

  // Focus follows the step, so the keyboard never has to hunt for what just appeared.
  useEffect(() => {
    if (step === "form") firstField.current?.focus();
    if (step === "confirm") confirmButton.current?.focus();
    if (step === "closed" && backToOpener.current) opener.current?.focus();
    backToOpener.current = false;
  }, [step]);

  const continuous = type === "NUMERIC" || type === "DATE";
  const valueLabel = values.value.trim()
    ? type === "DATE"
      ? values.value
      : `${values.value.trim()}${unit ? ` ${unit}` : ""}`
    : "A value";
  const outcomes = [
    ...(type === "BINARY"
      ? [
          { value: "YES", label: "Yes" },
          { value: "NO", label: "No" },
        ]
      : continuous
        ? [{ value: "VALUE", label: "A value (enter it below)" }]
        : options.map((option) => ({ value: option.id, label: option.label }))),
    { value: "AMBIGUOUS", label: "Ambiguous (not scored)" },
    { value: "ANNULLED", label: "Annulled (not scored)" },
  ];
  const chosen = outcomes.find((outcome) => outcome.value === values.outcome);
  const chosenLabel = values.outcome === "VALUE" ? valueLabel : chosen?.label;
  const scores = values.outcome !== "AMBIGUOUS" && values.outcome !== "ANNULLED";
  const conditionMet = values.outcome === "YES" || values.outcome === "NO" ? values.outcome : null;
  const annulled = dependents.filter((dependent) => dependent.conditionOutcome !== conditionMet);

  const set = (name: keyof Values) => (event: { target: { value: string } }) => {
    const next = { ...values, [name]: event.target.value };
    setValues(next);
  };

  function review() {
    const found = missing(values, alreadyResolved);
    setIssues(found);
    setError(found.length > 0 ? formIssuesSummary(found, LABELS) : null);
    if (found.length === 0) setStep("confirm");
  }

  async function record() {
    setPending(true);
    try {
      const result = await resolve(questionId, {
        ...(values.outcome === "VALUE"
          ? { value: type === "DATE" ? values.value.trim() : Number(values.value.trim()) }
          : { outcome: values.outcome }),
        occurredAt: values.occurredAt,
        note: values.note.trim(),
        ...(values.evidenceUrl.trim() ? { evidenceUrl: values.evidenceUrl.trim() } : {}),
        ...(values.reason.trim() ? { reason: values.reason.trim() } : {}),
      });
      if (!result.ok) {
        setIssues(result.issues);
        setError(result.issues.length > 0 ? formIssuesSummary(result.issues, LABELS) : result.message);
        setStep("form");
        return;
      }
      const { scored, annulled: annulledCount } = result.data;
      const extra =
        annulledCount > 0
          ? ` ${annulledCount} conditional ${annulledCount === 1 ? "question" : "questions"} annulled.`
          : "";
      announceResolution(
        questionId,
        `Resolution recorded; ${scored} ${scored === 1 ? "forecaster" : "forecasters"} scored.${extra}`,
      );
      setValues(EMPTY);
      setIssues([]);
      setError(null);
      setStep("closed");
      router.refresh();
    } catch {
      setError("Could not reach the server; nothing was recorded. Try again.");
      setStep("form");
    } finally {
      setPending(false);
    }
  }

  if (step === "closed")
    return (
      <p>
        <button
          ref={opener}
          type="button"
          className="secondary-button"
          aria-expanded="false"
          onClick={() => setStep("form")}
        >
          {verb}…
        </button>
      </p>
    );

  const described = (name: string) => (hasIssue(issues, name) ? `${id}-${name}-error` : undefined);
  const cancel = () => {
    backToOpener.current = true;
    setStep("closed");
    setIssues([]);
    setError(null);
  };

  if (step === "confirm")
    return (
      <div className="card" role="group" aria-labelledby={`${id}-confirm`}>
        <p id={`${id}-confirm`}>
          <strong>
            Record “{chosenLabel}” as this question’s outcome (event on {values.occurredAt})?
          </strong>
        </p>
        <ul>
          <li>
            {scores
              ? `${forecasters === 1 ? "1 forecaster" : `${forecasters} forecasters`} will be scored against it.`
              : "Nobody is scored: the question no longer counts."}
          </li>
          {annulled.length > 0 && (
            <li>
              {annulled.length === 1 ? "A conditional question is" : "Conditional questions are"} annulled:{" "}
              {annulled.map((dependent) => `“${dependent.title}”`).join(", ")}.
            </li>
          )}
          {alreadyResolved && <li>The earlier resolution stays in the history, with your reason.</li>}
        </ul>
        <p>
          <button ref={confirmButton} type="button" onClick={() => void record()} disabled={pending}>
            {pending ? "Recording…" : `Record “${chosenLabel}”`}
          </button>{" "}
          <button type="button" className="secondary-button" onClick={() => setStep("form")} disabled={pending}>
            Back to the form
          </button>
        </p>
      </div>
    );

  return (
    <form
      className="stack-form card"
      aria-label={verb}
      noValidate
      onInput={onInput}
      onSubmit={(event) => {
        event.preventDefault();
        review();
      }}
    >
      {alreadyResolved && (
        <p className="muted">Re-resolving keeps the earlier resolution in the history; say why it was wrong.</p>
      )}
      <label>
        {LABELS.outcome}
        <select
          ref={firstField}
          name="outcome"
          value={values.outcome}
          onChange={set("outcome")}
          aria-invalid={hasIssue(issues, "outcome") || undefined}
          aria-describedby={described("outcome")}
        >
          <option value="">Choose the outcome…</option>
          {outcomes.map((outcome) => (
            <option key={outcome.value} value={outcome.value}>
              {outcome.label}
            </option>
          ))}
        </select>
        <FieldError issues={issues} path="outcome" id={`${id}-outcome-error`} label={LABELS.outcome} />
      </label>
      {values.outcome === "VALUE" && (
        <label>
          {type === "DATE" ? "The date it happened (the outcome)" : `The value${unit ? ` (${unit})` : ""}`}
          <input
            type={type === "DATE" ? "date" : "number"}
            step="any"
            name="value"
            value={values.value}
            onChange={set("value")}
            aria-invalid={hasIssue(issues, "value") || undefined}
            aria-describedby={described("value")}
          />
          <FieldError issues={issues} path="value" id={`${id}-value-error`} label={LABELS.value} />
        </label>
      )}
      <label>
        {LABELS.occurredAt}
        <input
          type="date"
          name="occurredAt"
          value={values.occurredAt}
          onChange={set("occurredAt")}
          aria-invalid={hasIssue(issues, "occurredAt") || undefined}
          aria-describedby={described("occurredAt")}
        />
        <FieldError issues={issues} path="occurredAt" id={`${id}-occurredAt-error`} label={LABELS.occurredAt} />
      </label>
      <label>
        Note <span className="hint">one line on what happened</span>
        <input
          name="note"
          value={values.note}
          onChange={set("note")}
          aria-invalid={hasIssue(issues, "note") || undefined}
          aria-describedby={described("note")}
        />
        <FieldError issues={issues} path="note" id={`${id}-note-error`} label={LABELS.note} />
      </label>
      <label>
        Evidence link <span className="hint">(optional)</span>
        <input
          name="evidenceUrl"
          type="url"
          placeholder="https://"
          value={values.evidenceUrl}
          onChange={set("evidenceUrl")}
          aria-invalid={hasIssue(issues, "evidenceUrl") || undefined}
          aria-describedby={described("evidenceUrl")}
        />
        <FieldError issues={issues} path="evidenceUrl" id={`${id}-evidenceUrl-error`} label={LABELS.evidenceUrl} />
      </label>
      {alreadyResolved && (
        <label>
          {LABELS.reason}
          <input
            name="reason"
            value={values.reason}
            onChange={set("reason")}
            aria-invalid={hasIssue(issues, "reason") || undefined}
            aria-describedby={described("reason")}
          />
          <FieldError issues={issues} path="reason" id={`${id}-reason-error`} label={LABELS.reason} />
        </label>
      )}
      <div aria-live="polite">
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <p>
        <button type="submit">{alreadyResolved ? "Review the new resolution" : "Review the resolution"}</button>{" "}
        <button type="button" className="secondary-button" onClick={cancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
