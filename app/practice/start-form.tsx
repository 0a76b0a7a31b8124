"use client";
// Choosing a practice set: all 2017 questions, or one theme. Keyboard: the select, then Enter.
import { useActionState } from "react";
import { startPracticeRun } from "./actions";

type Props = { in2017: number; themes: { slug: string; label: string; count: number }[] };

export function StartForm({ in2017, themes }: Props) {
  const [state, action, pending] = useActionState(startPracticeRun, null);
  return (
    <form action={action} className="stack-form" aria-label="Start a practice run">
      <label>
        Questions to practise on
        <select name="set" defaultValue="2017">
          <option value="2017">All 2017 questions ({in2017})</option>
          {themes.map((theme) => (
            <option key={theme.slug} value={theme.slug}>
              {theme.label} ({theme.count})
            </option>
          ))}
        </select>
      </label>
      {state && !state.ok && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Starting…" : "Start practice run"}
        </button>
      </p>
    </form>
  );
}
