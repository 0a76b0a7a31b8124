"use server";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath, signInInput, signUpInput } from "@/lib/auth/schemas";
import { getDb } from "@/lib/db";
import { clientIpOf } from "@/lib/deployment/forwarded";
import { AppError, type FieldIssue } from "@/lib/errors";
import { getAuth } from "@/lib/http/session";
import { limitAuthAttempt, type AuthAttempt } from "@/lib/security/auth-limits";

export type AuthFormState = { message: string; issues: FieldIssue[]; values: Record<string, string> } | null;

function fieldIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

/** The shared attempt budget; a refusal is shown on the form like any other error. */
async function refusedAttempt(requestHeaders: Headers, attempt: Omit<AuthAttempt, "address">): Promise<string | null> {
  try {
    await limitAuthAttempt(getDb(), { ...attempt, address: clientIpOf(requestHeaders) });
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === "rate_limited") return error.message;
    throw error;
  }
}

export async function signUp(_: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") };
  const parsed = signUpInput.safeParse({ ...values, password: form.get("password") });
  if (!parsed.success) return { message: "Check the highlighted fields.", issues: fieldIssues(parsed.error), values };
  const requestHeaders = await headers();
  const refused = await refusedAttempt(requestHeaders, { kind: "sign-up" });
  if (refused) return { message: refused, issues: [], values };
  try {
    await (await getAuth(requestHeaders)).api.signUpEmail({ body: parsed.data, headers: requestHeaders });
  } catch (error) {
    if (isAPIError(error)) {
      const exists = /exist/i.test(error.message);
      return {
        message: exists ? "An account with this email already exists: sign in instead." : error.message,
        issues: exists ? [{ path: "email", message: "already registered" }] : [],
        values,
      };
    }
    throw error;
  }
  redirect(safeReturnPath(form.get("next")));
}

export async function signIn(_: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { email: String(form.get("email") ?? "") };
  const parsed = signInInput.safeParse({ ...values, password: form.get("password") });
  if (!parsed.success) return { message: "Check the highlighted fields.", issues: fieldIssues(parsed.error), values };
  const requestHeaders = await headers();
  const refused = await refusedAttempt(requestHeaders, { kind: "sign-in", email: parsed.data.email });
  if (refused) return { message: refused, issues: [], values };
  try {
    await (await getAuth(requestHeaders)).api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch (error) {
    if (isAPIError(error)) return { message: "Wrong email or password.", issues: [], values };
    throw error;
  }
  redirect(safeReturnPath(form.get("next")));
}

export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  await (await getAuth(requestHeaders)).api.signOut({ headers: requestHeaders });
  redirect("/");
}
