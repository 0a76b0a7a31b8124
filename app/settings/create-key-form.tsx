"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useCopyToClipboard } from "@/components/forms/use-copy";
import { useFieldIssues } from "@/components/forms/use-field-issues";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import type { ActionResult } from "@/lib/http/action-result";
import type { CreatedApiKey } from "./actions";
import { API_KEY_NAME_MAX } from "./schemas";

type Props = { create: (input: unknown) => Promise<ActionResult<CreatedApiKey>> };

export function CreateKeyForm({ create }: Props) {
  const router = useRouter();
  const { issues, setIssues, onInput } = useFieldIssues();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<(CreatedApiKey & { origin: string }) | null>(null);
  const { status: copyStatus, copy, reset: resetCopyStatus } = useCopyToClipboard("the key");
  const [pending, setPending] = useState(false);
  const [name, setName] = useState("");
  const revealRef = useRef<HTMLElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (created) revealRef.current?.focus();
  }, [created]);

  async function submit() {
    setPending(true);
    resetCopyStatus();
    try {
      const result = await create({ name });
      if (!result.ok) {
        setIssues(result.issues);
        setError(result.message);
        return;
      }
      setIssues([]);
      setError(null);
      setName("");
      setCreated({ ...result.data, origin: window.location.origin });
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  const nameInvalid = hasIssue(issues, "name");
  return (
    <>
      {created && (
        <section
          className="card"
          ref={revealRef}
          tabIndex={-1}
          aria-labelledby="new-key-heading"
          aria-describedby="new-key-warning"
        >
          <h3 id="new-key-heading">New API key “{created.name}”</h3>
          <p id="new-key-warning" className="form-success">
            <strong>Copy this key now: it will not be shown again.</strong> Only its first characters (
            <code>{created.prefix}…</code>) are kept so you can tell your keys apart.
          </p>
          <div className="stack-form">
            <label>
              Your new API key
              <input
                type="text"
                readOnly
                value={created.key}
                spellCheck={false}
                autoComplete="off"
                onFocus={(event) => event.currentTarget.select()}
              />
            </label>
            <p>
              <button type="button" onClick={() => copy(created.key)}>
                Copy key
              </button>{" "}
              <button
                type="button"
                className="secondary-button"
                onClick={() => {
                  setCreated(null);
                  nameRef.current?.focus();
                }}
              >
                I have copied it, hide the key
              </button>
            </p>
            <p role="status" aria-live="polite">
              {copyStatus}
            </p>
          </div>
          <p>Try it from a terminal:</p>
          <pre style={{ whiteSpace: "pre-wrap", wordBreak: "break-all" }}>
            <code>{`curl -H "Authorization: Bearer ${created.key}" ${created.origin}/api/v1/me/track-record`}</code>
          </pre>
        </section>
      )}
      <form
        action={submit}
        onInput={onInput}
        className="stack-form card"
        aria-labelledby="create-key-heading"
        noValidate
      >
        <h3 id="create-key-heading">Create an API key</h3>
        <label>
          Key name{" "}
          <span className="hint" id="key-name-hint">
            what the key is for, e.g. “laptop script” (1–{API_KEY_NAME_MAX} characters)
          </span>
          <input
            ref={nameRef}
            name="name"
            required
            maxLength={API_KEY_NAME_MAX}
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="off"
            aria-invalid={nameInvalid || undefined}
            aria-describedby={nameInvalid ? "key-name-hint key-name-error" : "key-name-hint"}
          />
          <FieldError issues={issues} path="name" id="key-name-error" label="The key name" />
        </label>
        <div aria-live="polite">
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <p>
          <button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create key"}
          </button>
        </p>
      </form>
    </>
  );
}
