"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import { useFieldIssues } from "@/components/forms/use-field-issues";
import { useKeptInputSubmit } from "@/components/forms/use-kept-input-submit";
import { THEMES } from "@/lib/domain/themes";
import { formIssuesSummary } from "@/lib/forms/field-messages";
import { createQuestionInput } from "@/lib/questions/create-schemas";
import type { QuestionDraft } from "@/lib/sources/question-draft";
import { submitQuestion } from "./actions";
import { RANGE_LABELS, RangeFields, rangeInputFrom } from "./range-fields";

/** What each field is called on this form, in its order (messages and the summary use these). */
const LABELS = {
  title: "Question",
  resolutionCriteria: "Resolution criteria",
  options: "Options",
  closeAt: "The closing date",
  resolveBy: "The resolve-by date",
  themes: "Themes",
  teamId: "Visible to",
  ...RANGE_LABELS,
} as const;

type QuestionType = "BINARY" | "MULTIPLE_CHOICE" | "NUMERIC" | "DATE";
const TYPE_CHOICES: { value: QuestionType; label: string }[] = [
  { value: "BINARY", label: "Yes / no" },
  { value: "MULTIPLE_CHOICE", label: "Multiple choice" },
  { value: "NUMERIC", label: "Number" },
  { value: "DATE", label: "Date" },
];

type Props = { draft?: QuestionDraft | null; teams?: { id: string; name: string }[]; teamId?: string | null };

export function NewQuestionForm({ draft, teams = [], teamId = null }: Props) {
  const router = useRouter();
  const { issues, setIssues, onInput } = useFieldIssues();
  // A failure no field carries; field issues are summarised from their current state, so the summary
  // shrinks as each field is fixed.
  const [failure, setFailure] = useState<string | null>(null);
  const message = issues.length > 0 ? formIssuesSummary(issues, LABELS) : failure;
  const [type, setType] = useState<QuestionType>("BINARY");

  async function submit(form: FormData) {
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const input = {
      title: text("title"),
      description: text("description"),
      resolutionCriteria: text("resolutionCriteria"),
      type,
      ...(type === "MULTIPLE_CHOICE"
        ? {
            options: text("options")
              .split("\n")
              .map((line) => line.trim())
              .filter(Boolean),
          }
        : {}),
      ...(type === "NUMERIC" || type === "DATE" ? rangeInputFrom(form, type) : {}),
      closeAt: text("closeAt"),
      resolveBy: text("resolveBy"),
      themes: form.getAll("themes").map(String),
      hideForecastsUntilForecast: form.get("hideForecastsUntilForecast") === "on",
      ...(draft ? { fromExcerpt: draft.fromExcerpt } : {}),
      ...(text("teamId") ? { teamId: text("teamId") } : {}),
    };
    const checked = createQuestionInput.safeParse(input);
    if (!checked.success) {
      const found = checked.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      }));
      setIssues(found);
      return;
    }
    const result = await submitQuestion(input);
    if (!result.ok) {
      setIssues(result.issues);
      setFailure(result.issues.length > 0 ? null : result.message);
      return;
    }
    router.push(`/questions/${result.data.id}`);
  }
  const { pending, onSubmit } = useKeptInputSubmit(submit);

  const invalid = (path: string) => hasIssue(issues, path) || undefined;
  const describedBy = (path: string) => (hasIssue(issues, path) ? `new-${path}-error` : undefined);
  return (
    <form onSubmit={onSubmit} onInput={onInput} className="stack-form" noValidate>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <label>
        Question
        {/* Multi-line so a long question can be read whole, but a title is one line of text: Enter
            publishes, as it does in the form's other one-line fields, and the server joins any line
            breaks that arrive anyway. */}
        <textarea
          name="title"
          className="grow-field"
          rows={1}
          defaultValue={draft?.title}
          required
          placeholder="Will … by …?"
          onKeyDown={(event) => {
            if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }}
          aria-invalid={invalid("title")}
          aria-describedby={describedBy("title")}
        />
        <FieldError issues={issues} path="title" id="new-title-error" label={LABELS.title} />
      </label>
      <label>
        Resolution criteria <span className="hint">exactly what counts as Yes, and the source that settles it</span>
        <textarea
          name="resolutionCriteria"
          defaultValue={draft?.resolutionCriteria}
          required
          aria-invalid={invalid("resolutionCriteria")}
          aria-describedby={describedBy("resolutionCriteria")}
        />
        <FieldError
          issues={issues}
          path="resolutionCriteria"
          id="new-resolutionCriteria-error"
          label={LABELS.resolutionCriteria}
        />
      </label>
      <label>
        Background <span className="hint">(optional)</span>
        <textarea name="description" defaultValue={draft?.description} />
      </label>
      <fieldset>
        <legend>Type</legend>
        {TYPE_CHOICES.map((choice) => (
          <label key={choice.value} className="inline-check">
            <input
              type="radio"
              name="type"
              value={choice.value}
              checked={type === choice.value}
              onChange={() => setType(choice.value)}
            />{" "}
            {choice.label}
          </label>
        ))}
      </fieldset>
      {type === "MULTIPLE_CHOICE" && (
        <label>
          Options <span className="hint">one per line, mutually exclusive and covering every case</span>
          <textarea name="options" aria-invalid={invalid("options")} aria-describedby={describedBy("options")} />
          <FieldError issues={issues} path="options" id="new-options-error" label={LABELS.options} />
        </label>
      )}
      {(type === "NUMERIC" || type === "DATE") && <RangeFields type={type} issues={issues} />}
      <label>
        Closes to forecasts on
        <input
          type="date"
          name="closeAt"
          defaultValue={draft?.closeAt}
          required
          aria-invalid={invalid("closeAt")}
          aria-describedby={describedBy("closeAt")}
        />
        <FieldError issues={issues} path="closeAt" id="new-closeAt-error" label={LABELS.closeAt} />
      </label>
      <label>
        Resolves by
        <input
          type="date"
          name="resolveBy"
          defaultValue={draft?.resolveBy}
          required
          aria-invalid={invalid("resolveBy")}
          aria-describedby={describedBy("resolveBy")}
        />
        <FieldError issues={issues} path="resolveBy" id="new-resolveBy-error" label={LABELS.resolveBy} />
      </label>
      <fieldset>
        <legend>Themes</legend>
        {THEMES.map((theme) => (
          <label key={theme.slug} className="inline-check">
            <input
              type="checkbox"
              name="themes"
              value={theme.slug}
              defaultChecked={draft?.themes.includes(theme.slug)}
            />{" "}
            {theme.label}
          </label>
        ))}
      </fieldset>
      {teams.length > 0 && (
        <label>
          Visible to
          <select name="teamId" defaultValue={teamId ?? ""}>
            <option value="">Everyone</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                Members of {team.name} only
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="inline-check">
        <input type="checkbox" name="hideForecastsUntilForecast" defaultChecked={Boolean(teamId)} /> Hide others’
        forecasts from anyone who has not forecast yet (against anchoring)
      </label>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Publishing…" : "Publish question"}
        </button>
      </p>
    </form>
  );
}
