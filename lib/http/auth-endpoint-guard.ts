// better-auth's own HTTP endpoints get the same origin rule and attempt budgets as the forms.
import "server-only";
import { getDb } from "../db";
import { clientIpOf } from "../deployment/forwarded";
import { AppError } from "../errors";
import { limitAuthAttempt } from "../security/auth-limits";
import { errorResponse } from "./api-route";

const LIMITED: Record<string, "sign-in" | "sign-up"> = {
  "/api/auth/sign-in/email": "sign-in",
  "/api/auth/sign-up/email": "sign-up",
};

async function emailOf(request: Request): Promise<string | null> {
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    return typeof body.email === "string" ? body.email : null;
  } catch {
    return null;
  }
}

export async function guardAuthEndpoint(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const kind = LIMITED[new URL(request.url).pathname];
  if (!kind) return null;
  try {
    await limitAuthAttempt(getDb(), { kind, address: clientIpOf(request.headers), email: await emailOf(request) });
    return null;
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    throw error;
  }
}
