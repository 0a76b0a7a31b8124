// Recording a resolution. Every resolution is kept; the question points at the current one.
// Re-resolving needs a reason. Scores and conditional questions follow in the same transaction.
import { isContinuous } from "../forecasts/probabilities";
import type { Db, DbTransaction } from "../db/client";
import { visibleQuestionsWhere, type SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { recordOutboxEvent } from "../outbox/record";
import { recomputeQuestionScores } from "../scoring/recompute";
import { requireId } from "../validation/ids";
import { parseInput } from "../validation/parse";
import { AUTO_ANNULMENT_NOTE } from "./condition-visibility";
import { requireResolveAccess, visibleQuestionIds } from "./resolve-access";
import { auditResolution } from "./resolution-audit";
import { FIXED_OUTCOMES, resolutionInput } from "./resolution-schemas";

type Outcome = "YES" | "NO" | "OPTION" | "VALUE" | "AMBIGUOUS" | "ANNULLED";

export async function resolveQuestion(
  db: Db,
  viewer: SignedInViewer,
  questionId: string,
  rawInput: unknown,
  now = new Date(),
) {
  requireId(questionId, "questionId");
  const input = parseInput(resolutionInput, rawInput);
  const question = await db.question.findFirst({
    where: { AND: [{ id: questionId }, visibleQuestionsWhere(viewer)] },
    select: {
      id: true,
      type: true,
      createdById: true,
      teamId: true,
      closeAt: true,
      currentResolutionId: true,
      options: { select: { id: true, label: true } },
    },
  });
  if (!question) throw notFound("Question");
  // Early resolution (before closeAt) needs an administrator or a second person: lib/questions/resolve-access.ts.
  await requireResolveAccess(db, viewer, question, now);

  // A value resolution is not available yet; YES, NO or an option never fits a range.
  if (isContinuous(question) && input.outcome !== "AMBIGUOUS" && input.outcome !== "ANNULLED") {
    throw new AppError(
      "bad_request",
      `outcome: a ${question.type} question resolves as AMBIGUOUS or ANNULLED for now`,
      [{ path: "outcome", message: `a ${question.type} question resolves as AMBIGUOUS or ANNULLED for now` }],
    );
  }
  let outcome: Outcome;
  let optionId: string | null = null;
  if ((FIXED_OUTCOMES as readonly string[]).includes(input.outcome)) {
    outcome = input.outcome as Outcome;
    if (question.type === "MULTIPLE_CHOICE" && (outcome === "YES" || outcome === "NO")) {
      throw new AppError("bad_request", "outcome: a multiple-choice question resolves to one of its option ids", [
        { path: "outcome", message: "use an option id, AMBIGUOUS or ANNULLED" },
      ]);
    }
  } else {
    const option = question.options.find((candidate) => candidate.id === input.outcome);
    if (!option || question.type !== "MULTIPLE_CHOICE") {
      throw new AppError(
        "bad_request",
        "outcome must be YES, NO, AMBIGUOUS, ANNULLED or an option id of this question",
        [{ path: "outcome", message: "not a valid outcome for this question" }],
      );
    }
    outcome = "OPTION";
    optionId = option.id;
  }
  if (input.occurredAt.getTime() > now.getTime()) {
    throw new AppError("bad_request", "occurredAt is in the future: record a resolution once the event happened", [
      { path: "occurredAt", message: "must not be in the future" },
    ]);
  }
  if (question.currentResolutionId && !input.reason) {
    throw new AppError("conflict", "This question is already resolved; re-resolving it needs a reason", [
      { path: "reason", message: "say why the earlier resolution was wrong" },
    ]);
  }

  return db.$transaction(async (tx) => {
    const resolution = await tx.resolution.create({
      data: {
        questionId: question.id,
        outcome,
        optionId,
        occurredAt: input.occurredAt,
        recordedAt: now,
        recordedById: viewer.userId,
        note: input.note,
        evidenceUrl: input.evidenceUrl ?? null,
        reason: question.currentResolutionId ? (input.reason ?? null) : null,
      },
    });
    await tx.question.update({
      where: { id: question.id },
      data: { currentResolutionId: resolution.id, resolvedAt: now },
    });
    const scored = await recomputeQuestionScores(tx, question.id);
    const annulled = await annulFailedBranches(tx, question.id, outcome, viewer.userId, input.occurredAt, now);
    await auditResolution(tx, viewer, question.id, question.currentResolutionId, resolution, annulled);
    await recordOutboxEvent(tx, {
      type: "question.resolved",
      payload: {
        questionId: question.id,
        teamId: question.teamId,
        resolutionId: resolution.id,
        reResolved: question.currentResolutionId !== null,
        actorId: viewer.userId,
      },
      occurredAt: now,
    });
    // A team question may depend on a public one: the resolver hears only of those they may see.
    const annulledQuestionIds = await visibleQuestionIds(tx, annulled, viewer);
    return { resolution, scoredForecasters: scored, annulledQuestionIds };
  });
}

/**
 * A conditional question counts only if its condition resolves the stated way. When the
 * condition resolves otherwise (or is ambiguous or annulled), the branch is annulled, and the
 * same follows for anything conditional on that branch.
 */
async function annulFailedBranches(
  tx: DbTransaction,
  conditionId: string,
  outcome: Outcome,
  userId: string,
  occurredAt: Date,
  now: Date,
): Promise<string[]> {
  const dependents = await tx.question.findMany({
    where: { conditionQuestionId: conditionId },
    select: { id: true, conditionOutcome: true, currentResolution: { select: { outcome: true } } },
  });
  const annulled: string[] = [];
  for (const dependent of dependents) {
    if (dependent.conditionOutcome === outcome) continue;
    if (dependent.currentResolution?.outcome === "ANNULLED") continue;
    const resolution = await tx.resolution.create({
      data: {
        questionId: dependent.id,
        outcome: "ANNULLED",
        occurredAt,
        recordedAt: now,
        recordedById: userId,
        note: `${AUTO_ANNULMENT_NOTE}: its condition resolved ${outcome === "OPTION" ? "to an option" : outcome}, not ${dependent.conditionOutcome}.`,
        reason: dependent.currentResolution ? "The question it is conditional on was resolved." : null,
      },
    });
    await tx.question.update({
      where: { id: dependent.id },
      data: { currentResolutionId: resolution.id, resolvedAt: now },
    });
    await recomputeQuestionScores(tx, dependent.id);
    annulled.push(dependent.id, ...(await annulFailedBranches(tx, dependent.id, "ANNULLED", userId, occurredAt, now)));
  }
  return annulled;
}
