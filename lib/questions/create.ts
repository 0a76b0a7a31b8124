// Creating a question: validated, checked against the caller's teams, written in one transaction.
import { actorOf, recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { questionSearchText } from "../domain/search-text";
import { visibleQuestionsWhere, type SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { recordOutboxEvent } from "../outbox/record";
import { parseInput } from "../validation/parse";
import { sourceWithText } from "../sources/candidates";
import { linkedCandidateAt } from "../sources/question-links";
import { createQuestionInput } from "./create-schemas";

export async function createQuestion(db: Db, viewer: SignedInViewer, rawInput: unknown, now = new Date()) {
  const input = parseInput(createQuestionInput, rawInput);
  if (input.closeAt.getTime() <= now.getTime()) {
    throw new AppError("bad_request", "closeAt must be in the future", [
      { path: "closeAt", message: "closeAt must be in the future" },
    ]);
  }
  if (input.teamId && !viewer.teamIds.includes(input.teamId)) throw notFound("Team");
  if (input.conditionQuestionId) {
    const condition = await db.question.findFirst({
      where: { AND: [{ id: input.conditionQuestionId }, visibleQuestionsWhere(viewer)] },
      select: { type: true, teamId: true },
    });
    if (!condition) throw notFound("Condition question");
    if (condition.type !== "BINARY") {
      throw new AppError("bad_request", "conditionQuestionId must name a yes/no question", [
        { path: "conditionQuestionId", message: "must be a yes/no question" },
      ]);
    }
    // A condition must be at least as visible as the question: everyone who may read the new
    // question reads its condition too (its title, and the annulment when it fails). So a public
    // question can only depend on a public one, a team question on a public one or its own team's.
    if (condition.teamId !== null && condition.teamId !== (input.teamId ?? null)) {
      throw new AppError(
        "bad_request",
        "conditionQuestionId names a team question: a condition must be at least as visible as the question, so only that team's questions can depend on it",
        [{ path: "conditionQuestionId", message: "must be a public question or one of this question's team" }],
      );
    }
  }
  const excerpt = input.fromExcerpt ? await excerptFromSource(db, viewer, input.fromExcerpt) : null;
  const question = await db.$transaction(async (tx) => {
    const created = await tx.question.create({
      data: {
        title: input.title,
        description: input.description,
        resolutionCriteria: input.resolutionCriteria,
        type: input.type,
        openAt: now,
        closeAt: input.closeAt,
        resolveBy: input.resolveBy,
        searchText: questionSearchText(input),
        teamId: input.teamId ?? null,
        createdById: viewer.userId,
        // Team questions hide others' forecasts until you forecast, unless the creator says otherwise.
        hideForecastsUntilForecast: input.hideForecastsUntilForecast ?? Boolean(input.teamId),
        conditionQuestionId: input.conditionQuestionId ?? null,
        conditionOutcome: input.conditionOutcome ?? null,
        ...(input.range && {
          rangeMin: input.range.min,
          rangeMax: input.range.max,
          openLower: input.range.openLower,
          openUpper: input.range.openUpper,
          scale: input.range.scale,
          unit: input.unit ?? null,
        }),
        options:
          input.type === "MULTIPLE_CHOICE"
            ? { create: (input.options ?? []).map((label, position) => ({ label, position })) }
            : undefined,
        themes: { create: input.themes.map((themeSlug) => ({ themeSlug })) },
        excerpts: excerpt
          ? { create: { impliedProbability: excerpt.cueProbability, excerpt: { create: excerpt } } }
          : undefined,
      },
      include: { options: { orderBy: { position: "asc" } }, themes: true },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "question.created",
      target: { type: "question", id: created.id },
      after: {
        title: created.title,
        type: created.type,
        teamId: created.teamId,
        closeAt: created.closeAt,
        resolveBy: created.resolveBy,
        conditionQuestionId: created.conditionQuestionId,
        options: created.options.map((option) => option.label),
        themes: created.themes.map((theme) => theme.themeSlug),
      },
    });
    await recordOutboxEvent(tx, {
      type: "question.created",
      payload: { questionId: created.id, teamId: created.teamId, actorId: viewer.userId },
      occurredAt: now,
    });
    return created;
  });
  return question;
}

/** The excerpt row for a forecast found in a source, recomputed on the server from the stored text. */
async function excerptFromSource(
  db: Db,
  viewer: SignedInViewer,
  from: { sourceId: string; start: number; end: number },
) {
  const source = await sourceWithText(db, from.sourceId).catch(() => {
    throw notFound("Source");
  });
  if (!source.text) {
    throw new AppError("bad_request", "fromExcerpt: that source has no stored text to draft from", [
      { path: "fromExcerpt.sourceId", message: "source has no text" },
    ]);
  }
  const candidate = await linkedCandidateAt(db, viewer, { id: source.id, text: source.text }, from.start, from.end);
  return {
    sourceId: source.id,
    quote: candidate.sentence,
    startOffset: candidate.start,
    endOffset: candidate.end,
    cue: candidate.cue,
    cueProbability: candidate.probability,
    negated: candidate.negated,
    attribution: candidate.attribution ?? null,
    condition: candidate.conditional?.condition ?? null,
    topics: candidate.topics.join(" "),
  };
}
