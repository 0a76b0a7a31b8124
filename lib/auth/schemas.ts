// Inputs of the sign-up and sign-in forms (validated before better-auth sees them).
import { z } from "zod";
import { text } from "../validation/common";
import { MIN_PASSWORD_LENGTH } from "./password-policy";

const email = z
  .email({ error: "email must be an email address" })
  .max(254)
  .transform((value) => value.toLowerCase());

export const signUpInput = z.object({
  name: text("name", { error: "name is required" })
    .trim()
    .min(1, { error: "name is required" })
    .max(100, { error: "name is too long" }),
  email,
  password: text("password", { error: "password is required" })
    .min(MIN_PASSWORD_LENGTH, { error: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(128, { error: "password must be at most 128 characters" }),
});

export const signInInput = z.object({
  email,
  password: text("password", { error: "password is required" }).min(1, { error: "password is required" }),
});

/**
 * Only paths on this site may be returned to after signing in. Browsers read a backslash as a
 * slash and drop tabs and newlines, so "/\\evil.test" would leave the site: the path must
 * resolve to this origin, and anything else goes home.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return "/";
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  const base = "http://workbench.invalid";
  let resolved: URL;
  try {
    resolved = new URL(value, base);
  } catch {
    return "/";
  }
  if (resolved.origin !== base) return "/";
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
