import type { Metadata } from "next";
import Link from "next/link";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { previewPasswordReset } from "@/lib/users/password-reset";
import { resetPassword } from "./actions";
import { ResetPasswordForm } from "./reset-form";

// The token is in the URL: keep it out of Referer headers and search engines.
export const metadata: Metadata = {
  title: "Set a new password",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  let preview;
  try {
    preview = await previewPasswordReset(getDb(), token);
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== "not_found" && error.code !== "bad_request")) throw error;
    return (
      <div className="narrow">
        <h1>Set a new password</h1>
        <p className="notice" role="alert">
          {error.code === "bad_request"
            ? "This reset link is not valid: ask an administrator for a new one."
            : error.message}
        </p>
        <p>
          <Link href="/sign-in">Sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>Set a new password</h1>
      <p>
        For <strong>{preview.email}</strong>. This link works once, until{" "}
        <time dateTime={preview.expiresAt.toISOString()}>
          {preview.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC
        </time>
        . Setting a password signs the account out everywhere.
      </p>
      <ResetPasswordForm
        action={resetPassword.bind(null, token)}
        email={preview.email}
        minLength={MIN_PASSWORD_LENGTH}
      />
    </div>
  );
}
