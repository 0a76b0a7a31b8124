// A practice run belongs to the one who started it: anyone else gets the same 404 as for an
// unknown id, so run ids reveal nothing.
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { notFound } from "../errors";

export async function loadOwnRun(db: Db, viewer: SignedInViewer, runId: string) {
  const run = await db.practiceRun.findFirst({ where: { id: runId, userId: viewer.userId } });
  if (!run) throw notFound("Practice run");
  return run;
}

/** PracticeRun.questionIds holds the run's question ids in order, space-separated. */
export function runQuestionIds(run: { questionIds: string }): string[] {
  return run.questionIds.split(" ").filter(Boolean);
}
