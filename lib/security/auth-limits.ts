// Sign-in and sign-up budgets, shared by the forms (server actions) and better-auth's HTTP
// endpoints, so neither path allows unlimited password guessing.
import type { Db } from "../db/client";
import { enforceRateLimit, rateRules } from "./rate-limit";

export type AuthAttempt = { kind: "sign-in" | "sign-up" | "password-reset"; address: string; email?: string | null };

export async function limitAuthAttempt(db: Db, attempt: AuthAttempt, now = new Date()): Promise<void> {
  await enforceRateLimit(db, rateRules.authByAddress(), `${attempt.kind}:${attempt.address}`, now);
  if (attempt.kind === "sign-in" && attempt.email) {
    await enforceRateLimit(db, rateRules.signInByEmail(), attempt.email.trim().toLowerCase(), now);
  }
}
