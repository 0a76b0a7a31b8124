"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldIssues } from "@/components/forms/use-field-issues";
import { useKeptInputSubmit } from "@/components/forms/use-kept-input-submit";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import { createSessionAction } from "../actions";

type Question = { id: string; title: string; teamQuestion: boolean; resolved: boolean };

export function NewSessionForm({ teamId, questions }: { teamId: string; questions: Question[] }) {
  const router = useRouter();
  const { issues, setIssues, onInput } = useFieldIssues();
  const [message, setMessage] = useState<string | null>(null);
  async function submit(form: FormData) {
    const result = await createSessionAction({
      teamId,
      title: String(form.get("title") ?? "").trim(),
      questionIds: form.getAll("questionIds").map(String),
      anonymousReasons: form.get("anonymousReasons") === "on",
    });
    if (!result.ok) {
      setIssues(result.issues);
      setMessage(result.message);
      return;
    }
    router.push(`/sessions/${result.data.id}`);
  }
  const { pending, onSubmit } = useKeptInputSubmit(submit);
  return (
    <details className="card">
      <summary>Start a calibration session</summary>
      <form onSubmit={onSubmit} onInput={onInput} className="stack-form" aria-label="Start a calibration session">
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <label>
          Title
          <input
            name="title"
            required
            placeholder="Monday calibration: ISIS and al-Qaeda"
            aria-invalid={hasIssue(issues, "title") || undefined}
            aria-describedby={hasIssue(issues, "title") ? "session-title-error" : undefined}
          />
          <FieldError issues={issues} path="title" id="session-title-error" label="The session title" />
        </label>
        <fieldset>
          <legend>Questions (resolved ones make good practice: the report scores them)</legend>
          {questions.length === 0 && <p className="muted">No question available yet.</p>}
          {questions.map((question) => (
            <label key={question.id} className="inline-check">
              <input type="checkbox" name="questionIds" value={question.id} /> {question.title}
              {question.teamQuestion ? " (team)" : ""}
              {question.resolved ? " (resolved)" : ""}
            </label>
          ))}
          <FieldError issues={issues} path="questionIds" id="session-questions-error" label="The questions" />
        </fieldset>
        <label className="inline-check">
          <input type="checkbox" name="anonymousReasons" defaultChecked /> Show values and reasons anonymously at the
          reveal
        </label>
        <p>
          <button type="submit" disabled={pending}>
            {pending ? "Starting…" : "Start session"}
          </button>
        </p>
      </form>
    </details>
  );
}
