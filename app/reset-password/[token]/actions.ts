"use server";
import { getDb } from "@/lib/db";
import { AppError, type FieldIssue } from "@/lib/errors";
import { completePasswordReset } from "@/lib/users/password-reset";

export type ResetPasswordState = { ok: boolean; message: string; issues: FieldIssue[] } | null;

/** Public (the link is the credential): sets the password, signs the account out everywhere. */
export async function resetPassword(token: string, _: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  try {
    await completePasswordReset(getDb(), token, {
      password: String(form.get("password") ?? ""),
      confirm: String(form.get("confirm") ?? ""),
    });
    return { ok: true, message: "Your new password is set.", issues: [] };
  } catch (error) {
    if (error instanceof AppError) {
      return {
        ok: false,
        message: error.issues?.length ? "Check the highlighted fields." : error.message,
        issues: error.issues ?? [],
      };
    }
    console.error("Password reset failed", error);
    return { ok: false, message: "Something went wrong on our side; the password was not changed.", issues: [] };
  }
}
