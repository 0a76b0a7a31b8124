"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import { useCopyToClipboard } from "@/components/forms/use-copy";
import { useFieldIssues } from "@/components/forms/use-field-issues";
import type { ActionResult } from "@/lib/http/action-result";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/webhooks/events";
import type { CreatedWebhook } from "./actions";

type Props = {
  add: (input: unknown) => Promise<ActionResult<CreatedWebhook>>;
  teams: { id: string; name: string }[];
};

export function AddWebhookForm({ add, teams }: Props) {
  const router = useRouter();
  const { issues, setIssues, onInput } = useFieldIssues();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const { status: copyStatus, copy, reset } = useCopyToClipboard("the secret");
  const revealRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (created) revealRef.current?.focus();
  }, [created]);

  async function submit(form: FormData) {
    setPending(true);
    reset();
    try {
      const teamId = String(form.get("teamId") ?? "");
      const result = await add({
        url: String(form.get("url") ?? ""),
        format: String(form.get("format") ?? ""),
        events: form.getAll("events").map(String),
        ...(teamId ? { teamId } : {}),
      });
      if (!result.ok) {
        setIssues(result.issues);
        setError(result.message);
        return;
      }
      setIssues([]);
      setError(null);
      setCreated(result.data);
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  const urlInvalid = hasIssue(issues, "url");
  const eventsInvalid = issues.some((issue) => issue.path.startsWith("events"));
  return (
    <>
      {created && (
        <section className="card" ref={revealRef} tabIndex={-1} aria-labelledby="new-webhook-heading">
          <h3 id="new-webhook-heading">Webhook added</h3>
          <p className="form-success">
            <strong>Copy its signing secret now: it will not be shown again.</strong> The receiver checks each message’s{" "}
            <code>X-Workbench-Signature</code> with it.
          </p>
          <div className="stack-form">
            <label>
              Signing secret
              <input
                type="text"
                readOnly
                value={created.secret}
                spellCheck={false}
                autoComplete="off"
                onFocus={(event) => event.currentTarget.select()}
              />
            </label>
            <p>
              <button type="button" onClick={() => copy(created.secret)}>
                Copy secret
              </button>{" "}
              <button type="button" className="secondary-button" onClick={() => setCreated(null)}>
                I have copied it, hide the secret
              </button>
            </p>
            <p role="status" aria-live="polite">
              {copyStatus}
            </p>
          </div>
        </section>
      )}
      <form
        action={submit}
        onInput={onInput}
        className="stack-form card"
        aria-labelledby="add-webhook-heading"
        noValidate
      >
        <h3 id="add-webhook-heading">Add a webhook</h3>
        <label>
          URL{" "}
          <span className="hint" id="webhook-url-hint">
            http(s), e.g. a Slack or Mattermost incoming-webhook address
          </span>
          <input
            name="url"
            type="url"
            required
            autoComplete="off"
            spellCheck={false}
            aria-invalid={urlInvalid || undefined}
            aria-describedby={urlInvalid ? "webhook-url-hint webhook-url-error" : "webhook-url-hint"}
          />
          <FieldError issues={issues} path="url" id="webhook-url-error" label="The URL" />
        </label>
        <label>
          Format
          <select name="format" defaultValue="slack">
            <option value="slack">Slack (text and blocks)</option>
            <option value="json">Plain JSON</option>
          </select>
        </label>
        {teams.length > 0 && (
          <label>
            For
            <select name="teamId" defaultValue="">
              <option value="">Me (what I may see)</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  Team {team.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset
          aria-invalid={eventsInvalid || undefined}
          aria-describedby={eventsInvalid ? "webhook-events-error" : undefined}
        >
          <legend>Events</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="inline-check">
              <input type="checkbox" name="events" value={event} defaultChecked={event !== "forecast.created"} />{" "}
              {WEBHOOK_EVENT_LABELS[event as WebhookEvent]}
            </label>
          ))}
          {eventsInvalid && (
            <span id="webhook-events-error" className="field-error" role="alert">
              Choose at least one event.
            </span>
          )}
        </fieldset>
        <div aria-live="polite">
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <p>
          <button type="submit" disabled={pending}>
            {pending ? "Adding…" : "Add webhook"}
          </button>
        </p>
      </form>
    </>
  );
}
