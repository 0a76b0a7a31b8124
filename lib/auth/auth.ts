// Accounts and sessions, by better-auth: email + password, cookie sessions that expire, the first
// account (or ADMIN_EMAIL's) administers the install, and deactivated accounts cannot sign in.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { resolveDatabaseConfig } from "../db/config";
import { roleForNewAccount } from "./first-admin";
import { MIN_PASSWORD_LENGTH } from "./password-policy";

export const SESSION_DAYS = 7;

/** Where one auth instance serves: its origin, whether its cookies are Secure, who else may post. */
export type AuthSite = { origin: string; secureCookies: boolean; trustedOrigins: string[] };

export function createAuth(db: Db, secret: string, site?: AuthSite) {
  const provider = resolveDatabaseConfig(process.env.DATABASE_URL).provider;
  return betterAuth({
    appName: "Forecast Workbench",
    secret,
    ...(site
      ? { baseURL: site.origin, trustedOrigins: site.trustedOrigins }
      : process.env.BETTER_AUTH_URL
        ? { baseURL: process.env.BETTER_AUTH_URL }
        : {}),
    database: prismaAdapter(db, { provider }),
    telemetry: { enabled: false },
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, autoSignIn: true },
    session: {
      modelName: "authSession",
      expiresIn: SESSION_DAYS * 24 * 60 * 60,
      updateAge: 24 * 60 * 60,
    },
    user: {
      additionalFields: { role: { type: "string", input: false, defaultValue: "USER" } },
    },
    advanced: {
      database: { generateId: false },
      // A Secure cookie on a plain-HTTP intranet host is dropped by the browser: the mode follows
      // the protocol the browser really uses (lib/deployment).
      ...(site ? { useSecureCookies: site.secureCookies } : {}),
      // The server edge (scripts/serve.ts) rewrites X-Forwarded-For to the address it trusts.
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    databaseHooks: {
      user: {
        create: {
          before: async (user) => ({ data: { ...user, role: await roleForNewAccount(db, user.email) } }),
          // Self-service sign-ups belong in the audit log beside accounts an administrator creates.
          after: async (user) => {
            const role = (user as { role?: string }).role ?? "USER";
            await recordAudit(db, {
              actor: { id: user.id, label: user.name },
              action: "user.created",
              target: { type: "user", id: user.id },
              after: { email: user.email, name: user.name, role, via: "sign-up" },
            });
          },
        },
      },
      session: {
        create: {
          before: async (session) => {
            const owner = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
            return owner?.deactivatedAt ? false : { data: session };
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
