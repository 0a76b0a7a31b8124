// Server actions go through one wrapper: it signs the caller in (or refuses), counts the write
// against the account's rate limit, runs the use case,
// and turns typed errors into a result the form can show field by field. Unexpected errors are
// logged and reported without internals.
import "server-only";
import { getDb, type Db } from "../db";
import type { SignedInViewer } from "../domain/viewer";
import { isDatabaseUnavailable } from "../db/errors";
import { AppError } from "../errors";
import { enforceRateLimit, rateRules } from "../security/rate-limit";
import type { ActionResult } from "./action-result";
import { getViewer } from "./session";

export type { ActionResult };

export async function signedInAction<T>(
  run: (context: { db: Db; viewer: SignedInViewer }) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const viewer = await getViewer();
    if (!viewer)
      return { ok: false, code: "unauthorized", message: "Your session has ended: sign in again.", issues: [] };
    const db = getDb();
    // Forms and the API draw on one write budget per account.
    await enforceRateLimit(db, rateRules.write(), `user:${viewer.userId}`);
    return { ok: true, data: await run({ db, viewer }) };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, message: error.message, issues: error.issues ?? [] };
    }
    if (isDatabaseUnavailable(error)) {
      return {
        ok: false,
        code: "unavailable",
        message: "The database is not reachable right now; nothing was saved. Try again in a moment.",
        issues: [],
      };
    }
    console.error("Unhandled action error", error);
    return { ok: false, code: "internal", message: "Something went wrong on our side; nothing was saved.", issues: [] };
  }
}
