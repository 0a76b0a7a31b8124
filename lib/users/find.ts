// Finding the account an administrator means, by id or by email.
import type { Db, DbTransaction } from "../db/client";
import { notFound } from "../errors";
import type { UserRef } from "./schemas";

export const managedUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  createdAt: true,
  deactivatedAt: true,
} as const;

export async function findManagedUser(db: Db | DbTransaction, ref: UserRef) {
  const user =
    "userId" in ref
      ? await db.user.findUnique({ where: { id: ref.userId }, select: managedUserSelect })
      : await db.user.findUnique({ where: { email: ref.email }, select: managedUserSelect });
  if (!user) throw notFound("User");
  return user;
}
