"use client";
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import type { ResetPasswordState } from "./actions";

type Props = {
  action: (state: ResetPasswordState, form: FormData) => Promise<ResetPasswordState>;
  email: string;
  minLength: number;
};

export function ResetPasswordForm({ action, email, minLength }: Props) {
  const [state, submit, pending] = useActionState<ResetPasswordState, FormData>(action, null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.ok) doneRef.current?.focus();
  }, [state]);

  if (state?.ok) {
    return (
      <div ref={doneRef} tabIndex={-1} className="card" role="status">
        <p className="form-success">{state.message} You were signed out everywhere else.</p>
        <p>
          <Link href="/sign-in" className="button-link">
            Sign in
          </Link>
        </p>
      </div>
    );
  }

  const field = (name: "password" | "confirm", label: string, hint?: string) => {
    const invalid = hasIssue(state?.issues, name);
    const describedBy = [hint ? `${name}-hint` : null, invalid ? `${name}-error` : null].filter(Boolean).join(" ");
    return (
      <div style={{ display: "flex", flexDirection: "column", gap: "0.25rem" }}>
        <label>
          {label}
          <input
            name={name}
            type="password"
            required
            minLength={minLength}
            maxLength={128}
            autoComplete="new-password"
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy || undefined}
          />
        </label>
        {hint && (
          <span id={`${name}-hint`} className="hint">
            {hint}
          </span>
        )}
        <FieldError issues={state?.issues} path={name} id={`${name}-error`} label={label} />
      </div>
    );
  };

  return (
    <form action={submit} className="stack-form" noValidate>
      {state?.message && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      {field("password", "New password", `At least ${minLength} characters.`)}
      {field("confirm", "Repeat the new password")}
      <button type="submit" disabled={pending}>
        {pending ? "Please wait…" : "Set the new password"}
      </button>
    </form>
  );
}
