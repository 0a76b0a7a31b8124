// Audit entries for a resolution, written inside the resolving transaction: one for the question
// resolved (or re-resolved, with the resolution it replaced as "before"), and one for each
// conditional question annulled because of it.
import { actorOf, recordAudit } from "../audit/record";
import type { DbTransaction } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";

type ResolutionRow = {
  id: string;
  outcome: string;
  optionId: string | null;
  occurredAt: Date;
  note?: string | null;
  evidenceUrl?: string | null;
  reason?: string | null;
};

const snapshot = (resolution: ResolutionRow) => ({
  resolutionId: resolution.id,
  outcome: resolution.outcome,
  optionId: resolution.optionId,
  occurredAt: resolution.occurredAt,
  ...(resolution.note !== undefined ? { note: resolution.note } : {}),
  ...(resolution.evidenceUrl !== undefined ? { evidenceUrl: resolution.evidenceUrl } : {}),
  ...(resolution.reason ? { reason: resolution.reason } : {}),
});

const resolutionSelect = { id: true, outcome: true, optionId: true, occurredAt: true } as const;

export async function auditResolution(
  tx: DbTransaction,
  viewer: SignedInViewer,
  questionId: string,
  previousResolutionId: string | null,
  resolution: ResolutionRow,
  annulledQuestionIds: string[],
) {
  const previous = previousResolutionId
    ? await tx.resolution.findUnique({ where: { id: previousResolutionId }, select: resolutionSelect })
    : null;
  const actor = actorOf(viewer);
  await recordAudit(tx, {
    actor,
    action: previousResolutionId ? "question.re-resolved" : "question.resolved",
    target: { type: "question", id: questionId },
    before: previous ? snapshot(previous) : null,
    after: { ...snapshot(resolution), ...(annulledQuestionIds.length ? { annulledQuestionIds } : {}) },
  });
  for (const annulledId of annulledQuestionIds) {
    const annulled = await tx.question.findUnique({
      where: { id: annulledId },
      select: { currentResolution: { select: resolutionSelect } },
    });
    const current = annulled?.currentResolution;
    if (!current) continue;
    const replaced = await tx.resolution.findFirst({
      where: { questionId: annulledId, id: { not: current.id } },
      orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
      select: resolutionSelect,
    });
    await recordAudit(tx, {
      actor,
      action: "question.annulled",
      target: { type: "question", id: annulledId },
      before: replaced ? snapshot(replaced) : null,
      after: { ...snapshot(current), becauseOf: questionId },
    });
  }
}
