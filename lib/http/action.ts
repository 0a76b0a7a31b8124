// Server actions go through one wrapper: it signs the caller in (or refuses), runs the use case,
// and turns typed errors into a result the form can show field by field. Unexpected errors are
// logged and reported without internals.
import "server-only";
import { getDb, type Db } from "../db";
import type { SignedInViewer } from "../domain/viewer";
import { AppError } from "../errors";
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
    return { ok: true, data: await run({ db: getDb(), viewer }) };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, message: error.message, issues: error.issues ?? [] };
    }
    console.error("Unhandled action error", error);
    return { ok: false, code: "internal", message: "Something went wrong on our side; nothing was saved.", issues: [] };
  }
}
