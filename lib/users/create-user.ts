// Creating an account without the sign-up form, for headless deployments (npm run admin).
// The same rule as sign-up applies (lib/auth/first-admin.ts), unless --role admin says otherwise.
import { z } from "zod";
import { ADMIN_CLI_ACTOR, recordAudit, type AuditActor } from "../audit/record";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { parseInput } from "../validation/parse";
import { roleForNewAccount } from "../auth/first-admin";

export const createUserInput = z.object({
  email: z.email({ error: "email must be an email address" }).transform((email) => email.toLowerCase()),
  name: z.string({ error: "name is required" }).trim().min(1, { error: "name is required" }).max(100),
  role: z.enum(["admin", "user"], { error: "role must be admin or user" }).optional(),
});

/** Sign-ups go through better-auth; this is the admin CLI's way in, so the CLI is the default actor. */
export async function createUser(db: Db, rawInput: unknown, actor: AuditActor = ADMIN_CLI_ACTOR) {
  const input = parseInput(createUserInput, rawInput);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      throw new AppError("conflict", `An account with email ${input.email} already exists`);
    }
    const role = input.role === "admin" ? "ADMIN" : await roleForNewAccount(tx, input.email);
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role },
      select: { id: true, email: true, name: true, role: true },
    });
    await recordAudit(tx, {
      actor,
      action: "user.created",
      target: { type: "user", id: user.id },
      after: { email: user.email, name: user.name, role: user.role },
    });
    return user;
  });
}
