// A user with an API key, as integration tests that call routes need one.
import { createApiKey } from "@/lib/auth/api-keys";
import type { Db } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";

export type Person = { id: string; key: string };

export async function personWithKey(db: Db, email: string, name: string, role?: "admin"): Promise<Person> {
  const created = await createUser(db, { email, name, ...(role ? { role } : {}) });
  return { id: created.id, key: (await createApiKey(db, created.id, "test")).key };
}
