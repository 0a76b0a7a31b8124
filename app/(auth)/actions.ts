"use server";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath, signInInput, signUpInput } from "@/lib/auth/schemas";
import { getAuth } from "@/lib/http/session";
import type { FieldIssue } from "@/lib/errors";

export type AuthFormState = { message: string; issues: FieldIssue[]; values: Record<string, string> } | null;

function fieldIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

export async function signUp(_: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") };
  const parsed = signUpInput.safeParse({ ...values, password: form.get("password") });
  if (!parsed.success) return { message: "Check the highlighted fields.", issues: fieldIssues(parsed.error), values };
  try {
    await (await getAuth()).api.signUpEmail({ body: parsed.data, headers: await headers() });
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
  try {
    await (await getAuth()).api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (isAPIError(error)) return { message: "Wrong email or password.", issues: [], values };
    throw error;
  }
  redirect(safeReturnPath(form.get("next")));
}

export async function signOut(): Promise<void> {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect("/");
}
