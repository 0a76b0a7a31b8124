// Inputs of the user-administration use cases (page actions, the admin CLI and tests share them).
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../auth/password-policy";
import { timeIdCursor } from "../audit/cursor";
import { isWellFormedText, limitUpTo, notUnicodeMessage, recordId, text } from "../validation/common";

/** Which account: by id (the admin page) or by email (the CLI). */
export const userRef = z.union(
  [
    z.object({ userId: recordId("userId") }).strict(),
    z
      .object({ email: z.email({ error: "email must be an email address" }).transform((e) => e.toLowerCase()) })
      .strict(),
  ],
  { error: "name the account by userId or by email" },
);
export type UserRef = z.output<typeof userRef>;

export const USER_PAGE_DEFAULT = 25;

export const listUsersQuery = z
  .object({
    q: text("q").trim().max(200, { error: "q must be at most 200 characters" }).optional(),
    status: z.enum(["active", "deactivated"], { error: "status must be active or deactivated" }).optional(),
    cursor: timeIdCursor.optional(),
    limit: limitUpTo(100).default(USER_PAGE_DEFAULT),
  })
  .strict();
export type ListUsersQuery = z.output<typeof listUsersQuery>;

// Reset tokens are 32 random bytes in base64url: 43 characters.
export const resetToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This reset link is malformed" });

export const newPasswordInput = z
  .object({
    password: text("password", { error: "password is required" })
      .min(MIN_PASSWORD_LENGTH, { error: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
      .max(128, { error: "password must be at most 128 characters" }),
    confirm: text("confirm", { error: "repeat the password" }),
  })
  .refine((input) => input.password === input.confirm, { error: "the passwords differ", path: ["confirm"] });

export const baseUrl = z
  .url({ protocol: /^https?$/, error: "base URL must be an http(s) URL, e.g. https://workbench.example.org" })
  .refine(isWellFormedText, { error: notUnicodeMessage("base URL"), abort: true })
  .transform((url) => url.replace(/\/+$/, ""));
