"use client";
// Which notifications you get (a checkbox per kind, ticked = wanted) and the digest's period.
import { useState } from "react";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import { useFieldIssues } from "@/components/forms/use-field-issues";
import { useKeptInputSubmit } from "@/components/forms/use-kept-input-submit";
import { NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import { saveNotificationSettings } from "./notification-actions";

type Props = { mutedKinds: NotificationKind[]; staleAfterDays: number };

export function NotificationSettingsForm({ mutedKinds, staleAfterDays }: Props) {
  const { issues, setIssues, onInput } = useFieldIssues();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(form: FormData) {
    const wanted = new Set(form.getAll("wanted").map(String));
    const result = await saveNotificationSettings({
      mutedKinds: NOTIFICATION_KINDS.filter((kind) => !wanted.has(kind)),
      staleAfterDays: String(form.get("staleAfterDays") ?? ""),
    });
    if (!result.ok) {
      setIssues(result.issues);
      setMessage({ ok: false, text: result.message });
      return;
    }
    setIssues([]);
    setMessage({ ok: true, text: "Notification settings saved." });
  }
  const { pending, onSubmit } = useKeptInputSubmit(submit);
  const periodInvalid = hasIssue(issues, "staleAfterDays");

  return (
    <form onSubmit={onSubmit} onInput={onInput} className="stack-form" aria-label="Notification settings">
      <fieldset>
        <legend>Tell me when …</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="inline-check">
            <input type="checkbox" name="wanted" value={kind} defaultChecked={!mutedKinds.includes(kind)} />
            {NOTIFICATION_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <label className="narrow">
        A forecast goes stale after (days)
        <input
          name="staleAfterDays"
          type="number"
          inputMode="numeric"
          min={7}
          max={365}
          defaultValue={staleAfterDays}
          aria-invalid={periodInvalid || undefined}
          aria-describedby={periodInvalid ? "stale-after-error stale-after-hint" : "stale-after-hint"}
        />
        <span className="hint" id="stale-after-hint">
          The weekly digest lists the open questions whose latest forecast of yours is older than this (7–365).
        </span>
        <FieldError issues={issues} path="staleAfterDays" id="stale-after-error" label="The period" />
      </label>
      {message && (
        <p className={message.ok ? "form-success" : "form-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save notification settings"}
        </button>
      </p>
    </form>
  );
}
