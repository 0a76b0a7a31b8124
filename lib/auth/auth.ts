// Accounts and sessions, by better-auth: email + password, cookie sessions that expire, and
// the first account of a fresh install becomes the administrator.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import type { Db } from "../db/client";
import { resolveDatabaseConfig } from "../db/config";
import { MIN_PASSWORD_LENGTH } from "./password-policy";

export const SESSION_DAYS = 7;

export function createAuth(db: Db, secret: string) {
  const provider = resolveDatabaseConfig(process.env.DATABASE_URL).provider;
  return betterAuth({
    appName: "Forecast Workbench",
    secret,
    ...(process.env.BETTER_AUTH_URL ? { baseURL: process.env.BETTER_AUTH_URL } : {}),
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
    advanced: { database: { generateId: false } },
    databaseHooks: {
      user: {
        create: {
          before: async (user) => {
            const isFirst = (await db.user.count()) === 0;
            return { data: { ...user, role: isFirst ? "ADMIN" : "USER" } };
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
