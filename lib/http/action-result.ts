// What a server action returns to its form (safe to import from client components).
import type { FieldIssue } from "../errors";

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; code: string; message: string; issues: FieldIssue[] };
