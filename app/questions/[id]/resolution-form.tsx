"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import type { FieldIssue } from "@/lib/errors";
import type { ActionResult } from "@/lib/http/action-result";

type Props = {
  questionId: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  options: { id: string; label: string }[];
  alreadyResolved: boolean;
  resolve: (questionId: string, input: unknown) => Promise<ActionResult<{ annulled: number; scored: number }>>;
};

export function ResolutionForm({ questionId, type, options, alreadyResolved, resolve }: Props) {
  const router = useRouter();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(form: FormData) {
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const input = {
      outcome: text("outcome"),
      occurredAt: text("occurredAt"),
      note: text("note"),
      ...(text("evidenceUrl") ? { evidenceUrl: text("evidenceUrl") } : {}),
      ...(text("reason") ? { reason: text("reason") } : {}),
    };
    setPending(true);
    try {
      const result = await resolve(questionId, input);
      if (!result.ok) {
        setIssues(result.issues);
        setMessage({ kind: "error", text: result.message });
        return;
      }
      setIssues([]);
      const extra = result.data.annulled > 0 ? ` ${result.data.annulled} conditional question(s) annulled.` : "";
      setMessage({ kind: "success", text: `Resolution recorded; ${result.data.scored} forecaster(s) scored.${extra}` });
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  const described = (name: string) => (hasIssue(issues, name) ? `resolve-${name}-error` : undefined);
  return (
    <form action={submit} className="stack-form card" aria-label={alreadyResolved ? "Re-resolve" : "Resolve"}>
      {alreadyResolved && (
        <p className="muted">Re-resolving keeps the earlier resolution in the history; say why it was wrong.</p>
      )}
      <label>
        Outcome
        <select
          name="outcome"
          required
          aria-invalid={hasIssue(issues, "outcome") || undefined}
          aria-describedby={described("outcome")}
        >
          {type === "BINARY" ? (
            <>
              <option value="YES">Yes</option>
              <option value="NO">No</option>
            </>
          ) : (
            options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))
          )}
          <option value="AMBIGUOUS">Ambiguous (not scored)</option>
          <option value="ANNULLED">Annulled (not scored)</option>
        </select>
        <FieldError issues={issues} path="outcome" id="resolve-outcome-error" />
      </label>
      <label>
        Date the event happened
        <input
          type="date"
          name="occurredAt"
          required
          aria-invalid={hasIssue(issues, "occurredAt") || undefined}
          aria-describedby={described("occurredAt")}
        />
        <FieldError issues={issues} path="occurredAt" id="resolve-occurredAt-error" />
      </label>
      <label>
        Note <span className="hint">one line on what happened</span>
        <input
          name="note"
          required
          aria-invalid={hasIssue(issues, "note") || undefined}
          aria-describedby={described("note")}
        />
        <FieldError issues={issues} path="note" id="resolve-note-error" />
      </label>
      <label>
        Evidence link <span className="hint">(optional)</span>
        <input
          name="evidenceUrl"
          type="url"
          placeholder="https://"
          aria-invalid={hasIssue(issues, "evidenceUrl") || undefined}
          aria-describedby={described("evidenceUrl")}
        />
        <FieldError issues={issues} path="evidenceUrl" id="resolve-evidenceUrl-error" />
      </label>
      {alreadyResolved && (
        <label>
          Reason for changing the resolution
          <input
            name="reason"
            required
            aria-invalid={hasIssue(issues, "reason") || undefined}
            aria-describedby={described("reason")}
          />
          <FieldError issues={issues} path="reason" id="resolve-reason-error" />
        </label>
      )}
      <div aria-live="polite">
        {message && (
          <p className={`form-${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
            {message.text}
          </p>
        )}
      </div>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Recording…" : alreadyResolved ? "Re-resolve" : "Record resolution"}
        </button>
      </p>
    </form>
  );
}
