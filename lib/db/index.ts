// The app's single database handle. Cached on globalThis so dev-server reloads reuse it.
import "server-only";
import { createDb, type Db } from "./client";

const holder = globalThis as unknown as { workbenchDb?: Db };

export function getDb(): Db {
  holder.workbenchDb ??= createDb();
  return holder.workbenchDb;
}

export type { Db, DbTransaction } from "./client";
