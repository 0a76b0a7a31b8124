// Brings an install seeded from an earlier version of the seed up to date. A seeded row is
// corrected only while it still holds exactly what an earlier seed wrote, so nothing a person
// entered or changed is touched. Resolutions are never edited: the corrected one is appended as
// a re-resolution with the reason, as a person would record it, and scores follow.
import type { DbTransaction } from "../db/client";
import { questionSearchText } from "../domain/search-text";
import { recomputeQuestionScores } from "../scoring/recompute";
import { QUESTIONS } from "./data/questions";
import { SUPERSEDED, type SupersededResolution } from "./data/superseded";
import type { IsoDate, SeedQuestion, SeedResolution } from "./types";

export type CorrectionReport = { questions: number; resolutions: number };

const day = (iso: IsoDate) => new Date(`${iso}T00:00:00.000Z`);

type Row = NonNullable<Awaited<ReturnType<typeof loadRow>>>;

function loadRow(tx: DbTransaction, seedKey: string) {
  return tx.question.findUnique({
    where: { seedKey },
    select: {
      id: true,
      title: true,
      description: true,
      resolutionCriteria: true,
      readingStatus: true,
      readingReason: true,
      options: { orderBy: { position: "asc" }, select: { id: true } },
      currentResolution: {
        select: {
          id: true,
          outcome: true,
          optionId: true,
          occurredAt: true,
          occurredAtPrecision: true,
          note: true,
          evidence: true,
          recordedById: true,
        },
      },
    },
  });
}

/** The row's current resolution is the one an earlier seed recorded, untouched. */
function holdsSuperseded(row: Row, old: SupersededResolution): boolean {
  const current = row.currentResolution;
  if (!current || current.recordedById !== null) return false;
  const sameOutcome =
    typeof old.outcome === "object"
      ? current.outcome === "OPTION" && current.optionId === (row.options[old.outcome.optionIndex]?.id ?? null)
      : current.outcome === old.outcome;
  return (
    sameOutcome &&
    current.occurredAt.getTime() === day(old.occurredAt).getTime() &&
    current.occurredAtPrecision === old.occurredAtPrecision &&
    current.note === old.note &&
    current.evidence === old.evidence
  );
}

async function appendResolution(tx: DbTransaction, row: Row, resolution: SeedResolution, reason: string) {
  const optionIndex = typeof resolution.outcome === "object" ? resolution.outcome.optionIndex : undefined;
  const event = resolution.eventKey
    ? await tx.outcomeEvent.findUnique({ where: { seedKey: resolution.eventKey }, select: { id: true } })
    : null;
  const appended = await tx.resolution.create({
    data: {
      questionId: row.id,
      outcome: typeof resolution.outcome === "object" ? "OPTION" : resolution.outcome,
      optionId: optionIndex === undefined ? null : (row.options[optionIndex]?.id ?? null),
      occurredAt: day(resolution.occurredAt),
      occurredAtPrecision: resolution.occurredAtPrecision,
      note: resolution.note,
      evidence: resolution.evidence,
      eventId: event?.id ?? null,
      reason,
    },
  });
  // Only if nobody re-resolved the question meanwhile (a concurrent start, or a person).
  const moved = await tx.question.updateMany({
    where: { id: row.id, currentResolutionId: row.currentResolution!.id },
    data: { currentResolutionId: appended.id, resolvedAt: appended.recordedAt },
  });
  if (moved.count === 0) {
    await tx.resolution.delete({ where: { id: appended.id } });
    return false;
  }
  await recomputeQuestionScores(tx, row.id);
  return true;
}

async function correctQuestion(tx: DbTransaction, question: SeedQuestion, report: CorrectionReport) {
  const row = await loadRow(tx, question.key);
  if (!row) return;
  const superseded = SUPERSEDED.find((entry) => entry.questionKey === question.key);
  let changed = false;

  if (superseded?.resolutionCriteria !== undefined && row.resolutionCriteria === superseded.resolutionCriteria) {
    await tx.question.update({
      where: { id: row.id },
      data: { resolutionCriteria: question.resolutionCriteria, searchText: questionSearchText(question) },
    });
    row.resolutionCriteria = question.resolutionCriteria;
    changed = true;
  }

  // A mark describes the seed's own wording; a question whose text is no longer the seed's keeps whatever it has.
  const seedText =
    row.title === question.title &&
    row.description === question.description &&
    row.resolutionCriteria === question.resolutionCriteria;
  const status = question.reading?.status ?? null;
  const reason = question.reading?.reason ?? null;
  if (seedText && (row.readingStatus !== status || row.readingReason !== reason)) {
    await tx.question.update({ where: { id: row.id }, data: { readingStatus: status, readingReason: reason } });
    changed = true;
  }
  if (changed) report.questions++;

  if (superseded?.resolution && question.resolution && holdsSuperseded(row, superseded.resolution)) {
    if (await appendResolution(tx, row, question.resolution, superseded.reason)) report.resolutions++;
  }
}

export async function correctSeededQuestions(tx: DbTransaction): Promise<CorrectionReport> {
  const report: CorrectionReport = { questions: 0, resolutions: 0 };
  for (const question of QUESTIONS) await correctQuestion(tx, question, report);
  return report;
}
