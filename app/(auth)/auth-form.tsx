"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FieldError, hasIssue } from "@/components/forms/field-error";
import { signIn, signUp, type AuthFormState } from "./actions";

export function AuthForm({ mode, next }: { mode: "sign-in" | "sign-up"; next: string }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(mode === "sign-up" ? signUp : signIn, null);
  const field = (name: string, label: string, type: string, autoComplete: string) => (
    <label>
      {label}
      <input
        name={name}
        type={type}
        required
        autoComplete={autoComplete}
        defaultValue={state?.values[name] ?? ""}
        aria-invalid={hasIssue(state?.issues, name) || undefined}
        aria-describedby={hasIssue(state?.issues, name) ? `${name}-error` : undefined}
        minLength={name === "password" && mode === "sign-up" ? 8 : undefined}
      />
      <FieldError issues={state?.issues} path={name} id={`${name}-error`} label={label} />
    </label>
  );
  return (
    <form action={action} className="stack-form" noValidate>
      <input type="hidden" name="next" value={next} />
      {state?.message && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {mode === "sign-up" && field("name", "Name", "text", "name")}
      {field("email", "Email", "email", "email")}
      {field("password", "Password", "password", mode === "sign-up" ? "new-password" : "current-password")}
      <button type="submit" disabled={pending}>
        {pending ? "Please wait…" : mode === "sign-up" ? "Create account" : "Sign in"}
      </button>
      <p className="muted">
        {mode === "sign-up" ? (
          <>
            Already have an account? <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
          </>
        )}
      </p>
    </form>
  );
}
