"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldIssues } from "@/components/forms/use-field-issues";
import { useKeptInputSubmit } from "@/components/forms/use-kept-input-submit";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import { formIssuesSummary } from "@/lib/forms/field-messages";
import { submitSource } from "./actions";

const FIELDS = [
  { name: "title", label: "Title", type: "text", required: true },
  { name: "author", label: "Author", type: "text", required: true },
  { name: "outlet", label: "Outlet", type: "text", required: true },
  { name: "url", label: "URL", type: "url", required: false },
  { name: "publishedAt", label: "Publication date", type: "date", required: true },
] as const;

/** What each field is called on this form (the summary names fields by these, never by their API names). */
const LABELS: Record<string, string> = {
  ...Object.fromEntries(FIELDS.map((field) => [field.name, field.label])),
  text: "Text",
};

export function NewSourceForm() {
  const router = useRouter();
  const { issues, setIssues, onInput } = useFieldIssues();
  // A failure no field carries; field issues are summarised from their current state (as they are fixed).
  const [failure, setFailure] = useState<string | null>(null);
  const message = issues.length > 0 ? formIssuesSummary(issues, LABELS) : failure;

  async function submit(form: FormData) {
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const input = {
      title: text("title"),
      author: text("author"),
      outlet: text("outlet"),
      ...(text("url") ? { url: text("url") } : {}),
      publishedAt: text("publishedAt"),
      text: String(form.get("text") ?? ""),
    };
    setFailure(null);
    try {
      const result = await submitSource(input);
      if (!result.ok) {
        setIssues(result.issues);
        setFailure(result.issues.length > 0 ? null : result.message);
        return;
      }
      router.push(`/sources/${result.data.id}`);
    } catch {
      setFailure("Could not reach the server (or the text is too large); nothing was saved.");
    }
  }
  const { pending, onSubmit } = useKeptInputSubmit(submit);

  return (
    <form onSubmit={onSubmit} onInput={onInput} className="stack-form" noValidate aria-label="Add a source">
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      {FIELDS.map((field) => (
        <label key={field.name}>
          {field.label}
          {!field.required && <span className="hint"> (optional)</span>}
          <input
            name={field.name}
            type={field.type}
            required={field.required}
            aria-invalid={hasIssue(issues, field.name) || undefined}
            aria-describedby={hasIssue(issues, field.name) ? `source-${field.name}-error` : undefined}
          />
          <FieldError issues={issues} path={field.name} id={`source-${field.name}-error`} label={field.label} />
        </label>
      ))}
      <label>
        Text <span className="hint">plain text, up to 1 MB; navigation and captions are recognised and skipped</span>
        <textarea
          name="text"
          rows={14}
          required
          aria-invalid={hasIssue(issues, "text") || undefined}
          aria-describedby={hasIssue(issues, "text") ? "source-text-error" : undefined}
        />
        <FieldError issues={issues} path="text" id="source-text-error" label="The text" />
      </label>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Analysing…" : "Add source"}
        </button>
      </p>
    </form>
  );
}
