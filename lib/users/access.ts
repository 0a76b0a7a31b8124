// Administration is for administrators, and the admin CLI (someone with shell access to the
// server). Everyone else is told "not found", never "forbidden": probing reveals nothing.
import type { SignedInViewer, Viewer } from "../domain/viewer";
import { ADMIN_CLI_ACTOR, actorOf, type AuditActor } from "../audit/record";
import { AppError } from "../errors";

export const ADMIN_CLI = Object.freeze({ kind: "admin-cli" as const });

/** Who runs an administrative use case: a signed-in viewer (checked) or the admin CLI. */
export type AdminCaller = SignedInViewer | typeof ADMIN_CLI;

export const isAdmin = (viewer: Viewer): viewer is SignedInViewer => viewer?.role === "ADMIN";

/** The audit actor for an administrator; a 404 for anyone else. */
export function requireAdmin(caller: AdminCaller | Viewer): AuditActor {
  if (caller && "kind" in caller) return ADMIN_CLI_ACTOR;
  if (!isAdmin(caller)) throw new AppError("not_found", "Not found");
  return actorOf(caller);
}
