// Loads the articles' material into a database. Create-only: records are matched by their
// seed key, missing ones are created, existing ones are never updated, so whatever a user
// changed or added survives any number of re-seeds. The one exception is corrections.ts: seeded
// questions that still hold exactly what an earlier version of the seed wrote are brought up to date.
import type { Db, DbTransaction } from "../db/client";
import { correctSeededQuestions, type CorrectionReport } from "./corrections";
import { FINGERPRINTS } from "./data/fingerprints";
import { questionSearchText } from "../domain/search-text";
import { THEMES } from "../domain/themes";
import { EVENTS } from "./data/events";
import { EXCERPTS } from "./data/excerpts";
import { QUESTIONS } from "./data/questions";
import { SOURCES } from "./data/sources";
import type { IsoDate, SeedQuestion } from "./types";

export type SeedMode = "if-empty" | "explicit";

export type SeedReport = {
  skipped: boolean;
  created: {
    themes: number;
    events: number;
    sources: number;
    excerpts: number;
    questions: number;
    resolutions: number;
  };
  /** Rows an earlier version of the seed wrote, corrected (also when nothing was created). */
  corrected: CorrectionReport;
};

const day = (iso: IsoDate) => new Date(`${iso}T00:00:00.000Z`);

export async function seedDatabase(db: Db, mode: SeedMode): Promise<SeedReport> {
  const created = { themes: 0, events: 0, sources: 0, excerpts: 0, questions: 0, resolutions: 0 };
  const skipped = mode === "if-empty" && (await db.question.count()) > 0;

  const corrected = await db.$transaction(
    async (tx) => {
      if (!skipped) {
        created.themes = await createMissingThemes(tx);
        const eventIds = await createMissingEvents(tx, created);
        const sourceIds = await createMissingSources(tx, created);
        const excerptIds = await createMissingExcerpts(tx, sourceIds, created);
        await createMissingQuestions(tx, excerptIds, eventIds, created);
      }
      return correctSeededQuestions(tx);
    },
    { timeout: 60_000 },
  );
  return { skipped, created, corrected };
}

async function createMissingThemes(tx: DbTransaction): Promise<number> {
  const existing = new Set((await tx.theme.findMany({ select: { slug: true } })).map((theme) => theme.slug));
  const missing = THEMES.filter((theme) => !existing.has(theme.slug));
  for (const theme of missing) await tx.theme.create({ data: { ...theme } });
  return missing.length;
}

async function idsBySeedKey(rows: { id: string; seedKey: string | null }[]): Promise<Map<string, string>> {
  return new Map(rows.flatMap((row) => (row.seedKey ? [[row.seedKey, row.id] as const] : [])));
}

async function createMissingEvents(tx: DbTransaction, created: SeedReport["created"]) {
  const ids = await idsBySeedKey(await tx.outcomeEvent.findMany({ select: { id: true, seedKey: true } }));
  for (const event of EVENTS) {
    if (ids.has(event.key)) continue;
    const row = await tx.outcomeEvent.create({
      data: {
        seedKey: event.key,
        occurredAt: day(event.occurredAt),
        precision: event.precision,
        summary: event.summary,
        sourceKind: event.sourceKind,
      },
    });
    ids.set(event.key, row.id);
    created.events++;
  }
  return ids;
}

async function createMissingSources(tx: DbTransaction, created: SeedReport["created"]) {
  const ids = await idsBySeedKey(await tx.source.findMany({ select: { id: true, seedKey: true } }));
  // Originals first, so a duplicate can point at its original's id.
  const ordered = [...SOURCES].sort((a, b) => Number(Boolean(a.duplicateOfKey)) - Number(Boolean(b.duplicateOfKey)));
  for (const source of ordered) {
    if (ids.has(source.key)) continue;
    const row = await tx.source.create({
      data: {
        seedKey: source.key,
        title: source.title,
        author: source.author,
        outlet: source.outlet,
        url: source.url,
        publishedAt: day(source.publishedAt),
        publishedAtNote: source.publishedAtNote ?? null,
        summary: source.summary,
        contentHash: source.contentSha256,
        fingerprint: FINGERPRINTS[source.key] ?? null,
        duplicateOfId: source.duplicateOfKey ? (ids.get(source.duplicateOfKey) ?? null) : null,
      },
    });
    ids.set(source.key, row.id);
    created.sources++;
  }
  return ids;
}

async function createMissingExcerpts(
  tx: DbTransaction,
  sourceIds: Map<string, string>,
  created: SeedReport["created"],
) {
  const ids = await idsBySeedKey(await tx.excerpt.findMany({ select: { id: true, seedKey: true } }));
  for (const excerpt of EXCERPTS) {
    const sourceId = sourceIds.get(excerpt.sourceKey);
    if (ids.has(excerpt.key) || !sourceId) continue;
    const row = await tx.excerpt.create({
      data: {
        seedKey: excerpt.key,
        sourceId,
        quote: excerpt.quote,
        startOffset: excerpt.start,
        endOffset: excerpt.end,
        cue: excerpt.cue,
        cueProbability: excerpt.cueProbability,
        negated: excerpt.negated,
        attribution: excerpt.attribution ?? null,
        condition: excerpt.condition ?? null,
        topics: excerpt.topics.join(" "),
      },
    });
    ids.set(excerpt.key, row.id);
    created.excerpts++;
  }
  return ids;
}

async function createMissingQuestions(
  tx: DbTransaction,
  excerptIds: Map<string, string>,
  eventIds: Map<string, string>,
  created: SeedReport["created"],
) {
  const ids = await idsBySeedKey(await tx.question.findMany({ select: { id: true, seedKey: true } }));
  const createdNow: SeedQuestion[] = [];
  for (const question of QUESTIONS) {
    if (ids.has(question.key)) continue;
    const row = await tx.question.create({
      data: {
        seedKey: question.key,
        title: question.title,
        description: question.description,
        resolutionCriteria: question.resolutionCriteria,
        searchText: questionSearchText(question),
        type: question.type,
        openAt: day(question.openAt),
        closeAt: day(question.closeAt),
        resolveBy: day(question.resolveBy),
        readingStatus: question.reading?.status ?? null,
        readingReason: question.reading?.reason ?? null,
        options: { create: (question.options ?? []).map((label, position) => ({ label, position })) },
        themes: { create: question.themes.map((themeSlug) => ({ themeSlug })) },
      },
      include: { options: { orderBy: { position: "asc" } } },
    });
    ids.set(question.key, row.id);
    createdNow.push(question);
    created.questions++;

    for (const link of question.excerpts) {
      const excerptId = excerptIds.get(link.excerptKey);
      if (!excerptId) continue;
      await tx.questionExcerpt.create({
        data: {
          questionId: row.id,
          excerptId,
          impliedProbability: link.impliedProbability,
          optionId: link.optionIndex === undefined ? null : (row.options[link.optionIndex]?.id ?? null),
          note: link.note ?? null,
        },
      });
    }

    if (question.resolution) {
      const { resolution } = question;
      const optionIndex = typeof resolution.outcome === "object" ? resolution.outcome.optionIndex : undefined;
      const recorded = await tx.resolution.create({
        data: {
          questionId: row.id,
          outcome: typeof resolution.outcome === "object" ? "OPTION" : resolution.outcome,
          optionId: optionIndex === undefined ? null : (row.options[optionIndex]?.id ?? null),
          occurredAt: day(resolution.occurredAt),
          occurredAtPrecision: resolution.occurredAtPrecision,
          note: resolution.note,
          evidence: resolution.evidence,
          eventId: resolution.eventKey ? (eventIds.get(resolution.eventKey) ?? null) : null,
        },
      });
      await tx.question.update({
        where: { id: row.id },
        data: { currentResolutionId: recorded.id, resolvedAt: recorded.recordedAt },
      });
      created.resolutions++;
    }
  }

  // Conditions refer to other questions, so they are linked once every question has an id.
  for (const question of createdNow) {
    if (!question.condition) continue;
    const conditionQuestionId = ids.get(question.condition.questionKey);
    if (!conditionQuestionId) continue;
    await tx.question.update({
      where: { id: ids.get(question.key) },
      data: { conditionQuestionId, conditionOutcome: question.condition.outcome },
    });
  }
}
