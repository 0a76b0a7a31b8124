// Migrations and seeding against real SQLite files.
import { rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { resolveDatabaseConfig } from "@/lib/db/config";
import { checkHealth } from "@/lib/db/health";
import { applyMigrations, committedMigrations } from "@/lib/db/migrations";
import { prepareDatabase } from "@/lib/db/prepare";
import { seedDatabase } from "@/lib/seed/load";
import { QUESTIONS } from "@/lib/seed/data/questions";
import { SOURCES } from "@/lib/seed/data/sources";
import { EXCERPTS } from "@/lib/seed/data/excerpts";
import { createTestDb, type TestDb } from "../support/test-db";

let handles: TestDb[] = [];
afterEach(async () => {
  await Promise.all(handles.map((handle) => handle.cleanup()));
  handles = [];
});

function seededTestDb() {
  const handle = createTestDb();
  handles.push(handle);
  return handle;
}

async function snapshot(db: TestDb["db"]) {
  return {
    questions: await db.question.findMany({
      orderBy: { id: "asc" },
      include: { options: true, themes: true, excerpts: true },
    }),
    resolutions: await db.resolution.findMany({ orderBy: { id: "asc" } }),
    sources: await db.source.findMany({ orderBy: { id: "asc" } }),
    excerpts: await db.excerpt.findMany({ orderBy: { id: "asc" } }),
    events: await db.outcomeEvent.findMany({ orderBy: { id: "asc" } }),
    themes: await db.theme.findMany({ orderBy: { slug: "asc" } }),
  };
}

describe("migrations", () => {
  it("apply to an empty database file and leave nothing pending", async () => {
    const filePath = path.resolve(`.tmp/vitest/fresh-${randomUUID()}.db`);
    const config = resolveDatabaseConfig(`file:${filePath}`);
    try {
      const result = applyMigrations(config);
      expect(result.output).toContain("migrations have been successfully applied");
      expect(result.ok).toBe(true);
      const db = createDb(config);
      const health = await checkHealth(db, config);
      await db.$disconnect();
      expect(health).toMatchObject({ status: "ok", database: { reachable: true } });
      expect(health.migrations.pending).toEqual([]);
      expect(health.migrations.applied).toBe(committedMigrations(config).length);
    } finally {
      rmSync(filePath, { force: true });
    }
  });
});

describe("seed", () => {
  it("loads every source, excerpt and question into an empty database", async () => {
    const { db } = seededTestDb();
    const report = await seedDatabase(db, "if-empty");
    expect(report.skipped).toBe(false);
    expect(report.created.sources).toBe(SOURCES.length);
    expect(report.created.excerpts).toBe(EXCERPTS.length);
    expect(report.created.questions).toBe(QUESTIONS.length);
    expect(await db.question.count()).toBe(QUESTIONS.length);
    expect(await db.resolution.count()).toBe(QUESTIONS.filter((question) => question.resolution).length);
    const duplicate = await db.source.findFirstOrThrow({
      where: { duplicateOfId: { not: null } },
      include: { duplicateOf: true },
    });
    expect(duplicate.duplicateOf?.author).toBe(duplicate.author);
  });

  it("is idempotent: running it twice changes nothing", async () => {
    const { db } = seededTestDb();
    await seedDatabase(db, "explicit");
    const before = await snapshot(db);
    const again = await seedDatabase(db, "explicit");
    expect(Object.values(again.created).every((count) => count === 0)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it("never overwrites user data on a re-seed", async () => {
    const { db } = seededTestDb();
    await seedDatabase(db, "explicit");
    const seeded = await db.question.findFirstOrThrow({ where: { seedKey: { not: null } }, orderBy: { id: "asc" } });
    await db.question.update({ where: { id: seeded.id }, data: { title: "Edited by an analyst" } });
    const own = await db.question.create({
      data: {
        title: "An analyst's own question",
        resolutionCriteria: "Resolves YES if it happens.",
        openAt: new Date("2026-01-01"),
        closeAt: new Date("2027-01-01"),
        resolveBy: new Date("2027-02-01"),
      },
    });
    const deleted = await db.question.findFirstOrThrow({ where: { seedKey: { not: null }, id: { not: seeded.id } } });

    expect((await seedDatabase(db, "if-empty")).skipped).toBe(true);
    await seedDatabase(db, "explicit");

    expect((await db.question.findUniqueOrThrow({ where: { id: seeded.id } })).title).toBe("Edited by an analyst");
    expect(await db.question.findUnique({ where: { id: own.id } })).not.toBeNull();
    // Only what is missing comes back; nothing is duplicated.
    await db.question.delete({ where: { id: deleted.id } });
    const report = await seedDatabase(db, "explicit");
    expect(report.created.questions).toBe(1);
    expect(await db.question.count()).toBe(QUESTIONS.length + 1);
  });

  it("is what start-up runs: prepareDatabase migrates and seeds an empty file, then leaves it alone", async () => {
    const filePath = path.resolve(`.tmp/vitest/prepare-${randomUUID()}/nested/workbench.db`);
    const config = resolveDatabaseConfig(`file:${filePath}`);
    try {
      expect((await prepareDatabase(config)).created.questions).toBe(QUESTIONS.length);
      expect((await prepareDatabase(config)).skipped).toBe(true);
    } finally {
      rmSync(path.dirname(path.dirname(filePath)), { recursive: true, force: true });
    }
  });
});
