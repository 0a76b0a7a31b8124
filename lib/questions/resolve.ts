// Recording a resolution. Every resolution is kept; the question points at the current one.
// Re-resolving needs a reason. Scores and conditional questions follow in the same transaction.
import { RANGE_COLUMNS, rangeOf, type RangeColumns } from "../forecasts/continuous";
import { isContinuous, type QuestionType } from "../forecasts/probabilities";
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
import { dateResolutionInput, numericResolutionInput, resolutionValueProblem } from "./continuous-resolution-schema";
import { FIXED_OUTCOMES, resolutionInput, type ResolutionInput } from "./resolution-schemas";

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
      ...RANGE_COLUMNS,
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

  const { outcome, optionId, value } = outcomeOf(question, input);
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
        value,
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
    return { question, resolution, scoredForecasters: scored, annulledQuestionIds };
  });
}

type Decided = { outcome: Outcome; optionId: string | null; value: number | null };

/**
 * What the input says happened, checked against the question: YES/NO for yes/no, an option id
 * for multiple choice, a value within the range's closed bounds for NUMERIC and DATE (epoch ms
 * for DATE); AMBIGUOUS and ANNULLED for any.
 */
function outcomeOf(
  question: RangeColumns & { type: QuestionType; options: { id: string }[] },
  input: ResolutionInput,
): Decided {
  if (input.value !== undefined) {
    if (!isContinuous(question)) {
      throw new AppError("bad_request", "value: only NUMERIC and DATE questions resolve with a value", [
        { path: "value", message: "use outcome: YES, NO, AMBIGUOUS, ANNULLED or an option id" },
      ]);
    }
    const type = question.type as "NUMERIC" | "DATE";
    const parsed = parseInput(type === "DATE" ? dateResolutionInput : numericResolutionInput, { value: input.value });
    const problem = resolutionValueProblem(parsed.value, rangeOf(question), type);
    if (problem) throw new AppError("bad_request", problem, [{ path: "value", message: problem }]);
    return { outcome: "VALUE", optionId: null, value: parsed.value };
  }
  const given = input.outcome!;
  if (isContinuous(question) && given !== "AMBIGUOUS" && given !== "ANNULLED") {
    const message = `a ${question.type} question resolves with a value (or as AMBIGUOUS or ANNULLED)`;
    throw new AppError("bad_request", `outcome: ${message}`, [{ path: "outcome", message }]);
  }
  if ((FIXED_OUTCOMES as readonly string[]).includes(given)) {
    if (question.type === "MULTIPLE_CHOICE" && (given === "YES" || given === "NO")) {
      throw new AppError("bad_request", "outcome: a multiple-choice question resolves to one of its option ids", [
        { path: "outcome", message: "use an option id, AMBIGUOUS or ANNULLED" },
      ]);
    }
    return { outcome: given as Outcome, optionId: null, value: null };
  }
  const option = question.options.find((candidate) => candidate.id === given);
  if (!option || question.type !== "MULTIPLE_CHOICE") {
    throw new AppError("bad_request", "outcome must be YES, NO, AMBIGUOUS, ANNULLED or an option id of this question", [
      { path: "outcome", message: "not a valid outcome for this question" },
    ]);
  }
  return { outcome: "OPTION", optionId: option.id, value: null };
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
