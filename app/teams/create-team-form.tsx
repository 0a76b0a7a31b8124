"use client";
import { useRouter } from "next/navigation";
import { useFieldIssues } from "@/components/forms/use-field-issues";
import { useKeptInputSubmit } from "@/components/forms/use-kept-input-submit";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import { createTeamAction } from "./actions";

export function CreateTeamForm() {
  const router = useRouter();
  const { issues, setIssues, onInput } = useFieldIssues();
  async function submit(form: FormData) {
    const result = await createTeamAction({ name: String(form.get("name") ?? "") });
    if (!result.ok)
      return setIssues(result.issues.length ? result.issues : [{ path: "name", message: result.message }]);
    router.push(`/teams/${result.data.id}`);
  }
  const { pending, onSubmit } = useKeptInputSubmit(submit);
  return (
    <form onSubmit={onSubmit} onInput={onInput} className="stack-form narrow" aria-label="Create a team">
      <label>
        Team name
        <input
          name="name"
          required
          aria-invalid={hasIssue(issues, "name") || undefined}
          aria-describedby={hasIssue(issues, "name") ? "team-name-error" : undefined}
        />
        <FieldError issues={issues} path="name" id="team-name-error" label="The team name" />
      </label>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create team"}
        </button>
      </p>
    </form>
  );
}
