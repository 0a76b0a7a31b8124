// An install seeded from the earlier seed gets this seed's corrections when it starts: the
// questions and resolutions it still holds exactly as that seed wrote them are brought up to
// date (a resolution by appending a re-resolution), and nothing a person changed is touched.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QUESTIONS } from "@/lib/seed/data/questions";
import { SUPERSEDED } from "@/lib/seed/data/superseded";
import { seedDatabase } from "@/lib/seed/load";
import { createUser } from "@/lib/users/create-user";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const seedQuestion = (key: string) => QUESTIONS.find((question) => question.key === key)!;

/** Rewinds a freshly seeded database to what the earlier seed wrote. */
async function rewindToEarlierSeed() {
  for (const entry of SUPERSEDED) {
    const question = await handle.db.question.findUniqueOrThrow({
      where: { seedKey: entry.questionKey },
      select: { id: true, currentResolutionId: true, options: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    await handle.db.question.update({
      where: { id: question.id },
      data: {
        readingStatus: null,
        readingReason: null,
        ...(entry.resolutionCriteria ? { resolutionCriteria: entry.resolutionCriteria } : {}),
      },
    });
    if (!entry.resolution) continue;
    const { outcome, occurredAt, occurredAtPrecision, note, evidence } = entry.resolution;
    await handle.db.resolution.update({
      where: { id: question.currentResolutionId! },
      data: {
        outcome: typeof outcome === "object" ? "OPTION" : outcome,
        optionId: typeof outcome === "object" ? question.options[outcome.optionIndex]!.id : null,
        occurredAt: day(occurredAt),
        occurredAtPrecision,
        note,
        evidence,
      },
    });
  }
}

async function current(seedKey: string) {
  return handle.db.question.findUniqueOrThrow({
    where: { seedKey },
    select: {
      id: true,
      resolutionCriteria: true,
      readingStatus: true,
      readingReason: true,
      currentResolution: true,
      resolutions: { orderBy: { recordedAt: "asc" } },
      scores: true,
    },
  });
}

beforeEach(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  await rewindToEarlierSeed();
});

afterEach(async () => {
  await handle.cleanup();
});

describe("seed corrections for an install seeded earlier", () => {
  it("appends each corrected resolution with its reason, keeps the earlier one, and marks questions", async () => {
    const report = await seedDatabase(handle.db, "if-empty");
    expect(report.skipped).toBe(true);
    expect(report.created.questions).toBe(0);
    expect(report.corrected.resolutions).toBe(SUPERSEDED.filter((entry) => entry.resolution).length);

    const relations = await current("q-relations-state-2020-12-31");
    expect(relations.resolutions).toHaveLength(2);
    expect(relations.resolutions[0]!.occurredAt).toEqual(day("2020-01-01"));
    expect(relations.currentResolution!.occurredAt).toEqual(day("2020-12-31"));
    expect(relations.currentResolution!.reason).toMatch(/^Seed correction: .*scoring window/);
    expect(relations.currentResolution!.recordedById).toBeNull();

    const rapprochement = await current("q-rapprochement-if-baghdadi-dies");
    expect(rapprochement.resolutionCriteria).toBe(seedQuestion("q-rapprochement-if-baghdadi-dies").resolutionCriteria);
    expect(rapprochement.resolutionCriteria).toContain("between Baghdadi's death and 2020-12-31");

    const northWest = await current("q-aq-aligned-group-in-northwest-syria-2018-12-31");
    expect(northWest.readingStatus).toBe("DIFFERS_FROM_AUTHOR");
    expect(northWest.readingReason).toBe(
      seedQuestion("q-aq-aligned-group-in-northwest-syria-2018-12-31").reading!.reason,
    );
    expect((await current("q-hts-renamed-by-2019-12-31")).readingStatus).toBe("AMBIGUOUS_CLAIM");

    // Running again changes nothing: corrected rows now hold what the seed says.
    const again = await seedDatabase(handle.db, "if-empty");
    expect(again.corrected).toEqual({ questions: 0, resolutions: 0 });
    expect((await current("q-relations-state-2020-12-31")).resolutions).toHaveLength(2);
  });

  it("scores a forecast made after the early event date once the date is corrected", async () => {
    const user = await createUser(handle.db, { email: "late@example.org", name: "Late Forecaster" });
    const relations = await handle.db.question.findUniqueOrThrow({
      where: { seedKey: "q-relations-state-2020-12-31" },
      select: { id: true, options: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    await handle.db.forecast.create({
      data: {
        questionId: relations.id,
        userId: user.id,
        mode: "LIVE",
        createdAt: day("2020-06-01"),
        probabilities: {
          create: relations.options.map((option, index) => ({
            optionId: option.id,
            probability: index === 3 ? 0.6 : 0.1,
          })),
        },
      },
    });
    expect(await handle.db.questionScore.count({ where: { questionId: relations.id } })).toBe(0);
    await seedDatabase(handle.db, "if-empty");
    const scores = await handle.db.questionScore.findMany({ where: { questionId: relations.id } });
    expect(scores.map((score) => score.userId)).toEqual([user.id]);
  });

  it("leaves alone a question a person re-resolved and criteria a person changed", async () => {
    const user = await createUser(handle.db, { email: "resolver@example.org", name: "Re Solver" });
    const truce = await handle.db.question.findUniqueOrThrow({ where: { seedKey: "q-truce-by-2018-12-31" } });
    const own = await handle.db.resolution.create({
      data: {
        questionId: truce.id,
        outcome: "NO",
        occurredAt: day("2018-12-31"),
        recordedById: user.id,
        note: "My own reading.",
        reason: "I checked the sources myself.",
      },
    });
    await handle.db.question.update({ where: { id: truce.id }, data: { currentResolutionId: own.id } });
    const caliphate = await handle.db.question.update({
      where: { seedKey: "q-caliphate-dropped-if-baghdadi-dies" },
      data: { resolutionCriteria: "A person's own criteria for this question, which no seed wrote." },
    });
    const hts = await handle.db.question.update({
      where: { seedKey: "q-hts-renamed-by-2019-12-31" },
      data: { title: "A person's own title" },
    });

    await seedDatabase(handle.db, "if-empty");

    const truceAfter = await current("q-truce-by-2018-12-31");
    expect(truceAfter.currentResolution!.id).toBe(own.id);
    expect(truceAfter.resolutions).toHaveLength(2);
    const caliphateAfter = await current("q-caliphate-dropped-if-baghdadi-dies");
    expect(caliphateAfter.resolutionCriteria).toBe(caliphate.resolutionCriteria);
    const htsAfter = await current("q-hts-renamed-by-2019-12-31");
    expect(htsAfter.readingStatus).toBeNull();
    // Its resolution is still the earlier seed's, untouched by a person: corrected all the same.
    expect(htsAfter.currentResolution!.reason).toMatch(/^Seed correction: /);
    expect(hts.id).toBe(htsAfter.id);
  });
});
