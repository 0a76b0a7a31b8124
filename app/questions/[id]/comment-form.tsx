"use client";
// One form for a new comment, a reply and an edit: Markdown in a textarea, sent with the button
// or Ctrl/Cmd+Enter. A refused or failed send keeps the text, with the reason beside it.
import { useRouter } from "next/navigation";
import { useRef, useState, type KeyboardEvent } from "react";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import { useFieldIssues } from "@/components/forms/use-field-issues";
import { useKeptInputSubmit } from "@/components/forms/use-kept-input-submit";
import type { ActionResult } from "@/lib/http/action-result";
import { useMentionablePeople } from "./mentionable-people";

const MAX_SUGGESTIONS = 5;
// The "@…" being typed just before the caret.
const TYPING_MENTION = /(?:^|[\s(])@([\p{L}\p{N}_.-]*)$/u;

type Props = {
  /** Unique on the page: it names the field and its messages. */
  formId: string;
  label: string;
  submitLabel: string;
  send: (input: { body: string }) => Promise<ActionResult<{ id: string }>>;
  initialBody?: string;
  /** After a successful send: the form is emptied (or closed by its owner). */
  onSent?: () => void;
  onCancel?: () => void;
  autoFocus?: boolean;
};

export function submitOnModEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}

export function CommentForm({
  formId,
  label,
  submitLabel,
  send,
  initialBody = "",
  onSent,
  onCancel,
  autoFocus,
}: Props) {
  const router = useRouter();
  const { issues, setIssues, onInput } = useFieldIssues();
  const [error, setError] = useState<string | null>(null);
  const [body, setBody] = useState(initialBody);
  const [caret, setCaret] = useState<number | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const people = useMentionablePeople();
  const typing = caret === null ? null : TYPING_MENTION.exec(body.slice(0, caret));
  const prefix = typing?.[1]?.toLowerCase() ?? null;
  const suggestions =
    prefix === null
      ? []
      : people
          .filter((person) => person.handle.toLowerCase().startsWith(prefix) && person.handle.toLowerCase() !== prefix)
          .slice(0, MAX_SUGGESTIONS);

  function mention(handle: string) {
    if (caret === null || prefix === null) return;
    const start = caret - prefix.length;
    const next = `${body.slice(0, start)}${handle} ${body.slice(caret)}`;
    const at = start + handle.length + 1;
    setBody(next);
    setCaret(at);
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.setSelectionRange(at, at);
    });
  }

  async function submit(form: FormData) {
    const result = await send({ body: String(form.get("body") ?? "") });
    if (!result.ok) {
      setIssues(result.issues);
      setError(result.issues.some((issue) => issue.path === "body") ? null : result.message);
      return;
    }
    setIssues([]);
    setError(null);
    setBody("");
    setCaret(null);
    onSent?.();
    router.refresh();
  }
  const { pending, onSubmit } = useKeptInputSubmit(submit);
  const invalid = hasIssue(issues, "body");
  const errorId = `${formId}-error`;
  const hintId = `${formId}-hint`;

  return (
    <form onSubmit={onSubmit} onInput={onInput} className="stack-form comment-form">
      <label>
        {label}
        <textarea
          name="body"
          rows={3}
          value={body}
          ref={field}
          onChange={(event) => {
            setBody(event.target.value);
            setCaret(event.target.selectionStart);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={submitOnModEnter}
          autoFocus={autoFocus}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
        />
      </label>
      {suggestions.length > 0 && (
        <p className="mention-suggestions">
          <span className="muted">Mention:</span>
          {suggestions.map((person) => (
            <button
              key={person.handle}
              type="button"
              className="secondary-button"
              onClick={() => mention(person.handle)}
            >
              @{person.handle}
              {person.name !== person.handle ? ` (${person.name})` : ""}
            </button>
          ))}
        </p>
      )}
      <span className="hint" id={hintId}>
        Markdown. Mention someone with @ and their name without spaces (@AnaLima) or the part of their email address
        before the @. Ctrl+Enter (⌘+Enter) sends.
      </span>
      <FieldError issues={issues} path="body" id={errorId} label="The comment" />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="comment-form-buttons">
        <button type="submit" disabled={pending}>
          {pending ? "Sending…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
