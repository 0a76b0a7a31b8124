// Who administers a fresh install. With ADMIN_EMAIL set (one address, or several separated by
// commas), exactly the accounts with those addresses (whenever they sign up); otherwise the first account, claimed atomically: two simultaneous
// first sign-ups race for one InstanceSetting row, and only the one that inserts it is admin.
import type { Db, DbTransaction } from "../db/client";
import { isUniqueViolation } from "../db/errors";

const CLAIM_KEY = "auth.first-admin";

export function configuredAdminEmails(env: Record<string, string | undefined> = process.env): string[] {
  return (env.ADMIN_EMAIL ?? "")
    .split(",")
    .map((email) => email.trim().toLowerCase())
    .filter(Boolean);
}

export async function roleForNewAccount(db: Db | DbTransaction, email: string): Promise<"ADMIN" | "USER"> {
  const adminEmails = configuredAdminEmails();
  if (adminEmails.length > 0) return adminEmails.includes(email.toLowerCase()) ? "ADMIN" : "USER";
  if ((await db.user.count()) > 0) return "USER";
  try {
    await db.instanceSetting.create({ data: { key: CLAIM_KEY, value: email.toLowerCase() } });
    return "ADMIN";
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same person retrying after a failed first sign-up keeps the claim.
    const claim = await db.instanceSetting.findUnique({ where: { key: CLAIM_KEY } });
    return claim?.value === email.toLowerCase() && (await db.user.count()) === 0 ? "ADMIN" : "USER";
  }
}
