// The app shares one SQLite connection per process. An interactive transaction that rolls back
// (sessions and practice answers throw AppError inside `db.$transaction(async (tx) => …)`) must
// not take other requests' acknowledged writes with it, and a transaction whose BEGIN or COMMIT
// fails must not leave the connection inside a transaction. Real SQLite files, no mocks; every
// check reads through a second, independent connection, as another process would.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { isDatabaseBusy, isDatabaseUnavailable } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { seedDatabase } from "@/lib/seed/load";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let db: Db;
let userId: string;
let binaryQuestionId: string;
let choiceQuestion: { id: string; options: { id: string }[] };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  handle = createTestDb();
  db = handle.db;
  await seedDatabase(db, "if-empty");
  userId = (await db.user.create({ data: { email: `iso-${randomUUID()}@example.org`, name: "Iso" } })).id;
  binaryQuestionId = (await db.question.findFirstOrThrow({ where: { type: "BINARY" }, select: { id: true } })).id;
  choiceQuestion = await db.question.findFirstOrThrow({
    where: { type: "MULTIPLE_CHOICE" },
    select: { id: true, options: { select: { id: true }, orderBy: { position: "asc" } } },
  });
}, 60_000);

afterAll(async () => {
  await handle?.cleanup();
});

/** A connection of its own on the same file: what another process (or a restart) would see. */
async function withIndependentClient<T>(read: (other: Db) => Promise<T>): Promise<T> {
  const other = createDb(handle.config);
  try {
    return await read(other);
  } finally {
    await other.$disconnect();
  }
}

type AckedWrite = { name: string; run: () => Promise<unknown>; persisted: (other: Db) => Promise<boolean> };

/** One acknowledged write of every kind the app uses, each with a check that it is stored. */
async function everyKindOfWrite(round: number): Promise<AckedWrite[]> {
  const tag = `r${round}-${randomUUID().slice(0, 8)}`;
  const keyToUpdate = await db.apiKey.create({
    data: { userId, name: `upd-${tag}`, prefix: "wb_", keyHash: `hash-upd-${tag}` },
  });
  const keyToDelete = await db.apiKey.create({
    data: { userId, name: `del-${tag}`, prefix: "wb_", keyHash: `hash-del-${tag}` },
  });
  await db.instanceSetting.create({ data: { key: `existing-${tag}`, value: "before" } });
  await db.instanceSetting.createMany({
    data: [1, 2].flatMap((n) => [
      { key: `many-old-${n}-${tag}`, value: "before" },
      { key: `gone-${n}-${tag}`, value: "before" },
    ]),
  });
  const usedAt = new Date(Date.UTC(2030, 0, 1, 0, 0, round));
  const forecastId = `c${tag.replace(/-/g, "").padEnd(24, "0")}`.slice(0, 25);

  return [
    {
      name: "create (forecast, outside a transaction)",
      run: () =>
        db.forecast.create({
          data: { id: forecastId, questionId: binaryQuestionId, userId, probability: 0.42, rationale: `create-${tag}` },
        }),
      persisted: async (other) => (await other.forecast.findUnique({ where: { id: forecastId } })) !== null,
    },
    {
      name: "update (apiKey.lastUsedAt)",
      run: () => db.apiKey.update({ where: { id: keyToUpdate.id }, data: { lastUsedAt: usedAt } }),
      persisted: async (other) =>
        (await other.apiKey.findUnique({ where: { id: keyToUpdate.id } }))?.lastUsedAt?.getTime() === usedAt.getTime(),
    },
    {
      name: "upsert (creating)",
      run: () =>
        db.instanceSetting.upsert({
          where: { key: `upsert-new-${tag}` },
          create: { key: `upsert-new-${tag}`, value: "created" },
          update: { value: "updated" },
        }),
      persisted: async (other) =>
        (await other.instanceSetting.findUnique({ where: { key: `upsert-new-${tag}` } }))?.value === "created",
    },
    {
      name: "upsert (updating)",
      run: () =>
        db.instanceSetting.upsert({
          where: { key: `existing-${tag}` },
          create: { key: `existing-${tag}`, value: "created" },
          update: { value: "after" },
        }),
      persisted: async (other) =>
        (await other.instanceSetting.findUnique({ where: { key: `existing-${tag}` } }))?.value === "after",
    },
    {
      name: "delete (apiKey)",
      run: () => db.apiKey.delete({ where: { id: keyToDelete.id } }),
      persisted: async (other) => (await other.apiKey.findUnique({ where: { id: keyToDelete.id } })) === null,
    },
    {
      name: "createMany (forecasts)",
      run: () =>
        db.forecast.createMany({
          data: [0.1, 0.2, 0.3].map((probability) => ({
            questionId: binaryQuestionId,
            userId,
            probability,
            rationale: `createMany-${tag}`,
          })),
        }),
      persisted: async (other) => (await other.forecast.count({ where: { rationale: `createMany-${tag}` } })) === 3,
    },
    {
      name: "updateMany (settings)",
      run: () =>
        db.instanceSetting.updateMany({
          where: { key: { startsWith: "many-old-", endsWith: tag } },
          data: { value: "x" },
        }),
      persisted: async (other) =>
        (await other.instanceSetting.count({
          where: { key: { startsWith: "many-old-", endsWith: tag }, value: "x" },
        })) === 2,
    },
    {
      name: "nested write (forecast with its option probabilities)",
      run: () =>
        db.forecast.create({
          data: {
            questionId: choiceQuestion.id,
            userId,
            rationale: `nested-${tag}`,
            probabilities: {
              create: choiceQuestion.options.map((option, index) => ({
                optionId: option.id,
                probability: index === 0 ? 1 : 0,
              })),
            },
          },
        }),
      persisted: async (other) => {
        const forecast = await other.forecast.findFirst({
          where: { rationale: `nested-${tag}` },
          include: { probabilities: true },
        });
        return forecast?.probabilities.length === choiceQuestion.options.length;
      },
    },
    {
      name: "nested write (team with its owner)",
      run: () =>
        db.team.create({
          data: { name: `Team ${tag}`, slug: `team-${tag}`, memberships: { create: { userId, role: "OWNER" } } },
        }),
      persisted: async (other) =>
        (await other.teamMembership.count({ where: { team: { slug: `team-${tag}` }, userId } })) === 1,
    },
    {
      name: "$executeRaw (insert)",
      run: () =>
        db.$executeRaw`INSERT INTO "InstanceSetting" ("key", "value", "createdAt") VALUES (${`raw-${tag}`}, 'raw', ${new Date()})`,
      persisted: async (other) => (await other.instanceSetting.findUnique({ where: { key: `raw-${tag}` } })) !== null,
    },
    {
      name: "deleteMany (settings)",
      run: () => db.instanceSetting.deleteMany({ where: { key: { startsWith: "gone-", endsWith: tag } } }),
      persisted: async (other) =>
        (await other.instanceSetting.count({ where: { key: { startsWith: "gone-", endsWith: tag } } })) === 0,
    },
    {
      name: "batch $transaction([...])",
      run: () =>
        db.$transaction([
          db.instanceSetting.create({ data: { key: `batch-a-${tag}`, value: "a" } }),
          db.instanceSetting.create({ data: { key: `batch-b-${tag}`, value: "b" } }),
        ]),
      persisted: async (other) =>
        (await other.instanceSetting.count({ where: { key: { in: [`batch-a-${tag}`, `batch-b-${tag}`] } } })) === 2,
    },
  ];
}

/**
 * Like answerInSession / answerPractice on a conflict: writes inside the transaction, lets
 * other requests proceed for a while, then throws an AppError so the transaction rolls back.
 */
async function transactionThatRollsBack(opened: () => void, othersDone: Promise<unknown>) {
  const key = `rolled-back-${randomUUID()}`;
  try {
    await db.$transaction(async (tx) => {
      await tx.instanceSetting.create({ data: { key, value: "must not persist" } });
      opened();
      await Promise.race([othersDone, sleep(150)]);
      throw new AppError("conflict", "The session moved on; reload to see the current step");
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  return key;
}

describe("one shared SQLite connection: transactions and concurrent writes", () => {
  it("loses no acknowledged write of any kind to another request's rolled-back transaction", async () => {
    const lost: string[] = [];
    let acknowledged = 0;
    const rolledBackKeys: string[] = [];
    const checks: AckedWrite[] = [];
    for (let round = 0; round < 3; round++) {
      const writes = await everyKindOfWrite(round);
      let markOpened!: () => void;
      const opened = new Promise<void>((resolve) => (markOpened = resolve));
      let markDone!: () => void;
      const othersDone = new Promise<void>((resolve) => (markDone = resolve));
      const results = await Promise.all([
        transactionThatRollsBack(markOpened, othersDone),
        opened.then(async () => {
          const settled = await Promise.allSettled(writes.map((write) => write.run()));
          markDone();
          return settled;
        }),
      ]);
      rolledBackKeys.push(results[0]);
      for (const [index, outcome] of results[1].entries()) {
        const write = writes[index]!;
        if (outcome.status === "rejected") throw new Error(`${write.name} failed: ${String(outcome.reason)}`);
        acknowledged++;
        checks.push(write);
      }
    }
    await withIndependentClient(async (other) => {
      for (const write of checks) if (!(await write.persisted(other))) lost.push(write.name);
      expect(await other.instanceSetting.count({ where: { key: { in: rolledBackKeys } } })).toBe(0);
    });
    console.info(`transaction isolation: acknowledged ${acknowledged}, lost ${lost.length}`);
    expect(lost, `${lost.length} of ${acknowledged} acknowledged writes were lost`).toEqual([]);
  });

  it("reads outside a transaction never see another request's uncommitted rows", async () => {
    const key = `dirty-${randomUUID()}`;
    let markOpened!: () => void;
    const opened = new Promise<void>((resolve) => (markOpened = resolve));
    const [, seen] = await Promise.all([
      db
        .$transaction(async (tx) => {
          await tx.instanceSetting.create({ data: { key, value: "uncommitted" } });
          markOpened();
          await sleep(100);
          throw new AppError("conflict", "rolled back");
        })
        .catch(() => {}),
      opened.then(() => db.instanceSetting.findUnique({ where: { key } })),
    ]);
    expect(seen).toBeNull();
  });

  it("reads are answered while a transaction holds the writer, and see its rows once it commits", async () => {
    const key = `beside-${randomUUID()}`;
    let markWritten!: () => void;
    const written = new Promise<void>((resolve) => (markWritten = resolve));
    let releaseTransaction!: () => void;
    const released = new Promise<void>((resolve) => (releaseTransaction = resolve));
    const transaction = db.$transaction(
      async (tx) => {
        await tx.instanceSetting.create({ data: { key, value: "committed later" } });
        markWritten();
        await released;
      },
      { timeout: 20_000 },
    );
    await written;
    // The transaction is still open and waits on this test: a read that queued behind it would
    // never resolve, so resolving at all shows that reads do not wait for the writer.
    const during = await db.instanceSetting.findUnique({ where: { key } });
    const questions = await db.question.count();
    releaseTransaction();
    await transaction;
    expect(during).toBeNull();
    expect(questions).toBeGreaterThan(0);
    expect((await db.instanceSetting.findUnique({ where: { key } }))?.value).toBe("committed later");
  }, 30_000);
  it("a transaction that cannot start in time is reported as busy (retry), not as a fault", async () => {
    let releaseTransaction!: () => void;
    const released = new Promise<void>((resolve) => (releaseTransaction = resolve));
    let markStarted!: () => void;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const holder = db.$transaction(async () => {
      markStarted();
      await released;
    });
    await started;
    // The holder keeps the connection well past the second transaction's maxWait.
    setTimeout(() => releaseTransaction(), 600);
    const error = await db
      .$transaction(async () => "never", { maxWait: 200 })
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    await holder;
    expect(isDatabaseBusy(error)).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("a COMMIT that fails leaves the connection out of the transaction: later writes are durable", async () => {
    const key = `after-failed-commit-${randomUUID()}`;
    // A deferred foreign key violation makes COMMIT itself fail, with SQLite keeping the
    // transaction open: the same position as SQLITE_BUSY or an I/O error at COMMIT.
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`PRAGMA defer_foreign_keys = ON`);
        await tx.$executeRaw`INSERT INTO "ApiKey" ("id", "userId", "name", "prefix", "keyHash", "createdAt")
          VALUES (${`orphan-${key}`}, 'no-such-user', 'orphan', 'wb_', ${`orphan-${key}`}, ${new Date()})`;
      }),
    ).rejects.toThrow(/ForeignKeyConstraint|FOREIGN KEY/i);
    await db.instanceSetting.create({ data: { key, value: "acknowledged" } });
    const inTransaction = await db.$transaction(async (tx) =>
      tx.instanceSetting.create({ data: { key: `${key}-tx`, value: "acknowledged" } }),
    );
    expect(inTransaction.key).toBe(`${key}-tx`);
    await withIndependentClient(async (other) => {
      expect(await other.instanceSetting.count({ where: { key: { in: [key, `${key}-tx`] } } })).toBe(2);
      expect(await other.apiKey.findUnique({ where: { id: `orphan-${key}` } })).toBeNull();
    });
  }, 30_000);

  it("another process reading during a COMMIT neither fails the commit nor strands later writes", async () => {
    const key = `reader-${randomUUID()}`;
    const reader = new Database(handle.config.filePath);
    try {
      // Another process (e.g. the admin CLI) in the middle of a read.
      reader.prepare("BEGIN").run();
      reader.prepare(`SELECT COUNT(*) FROM "Question"`).get();
      await db
        .$transaction(async (tx) => tx.instanceSetting.create({ data: { key: `${key}-tx`, value: "v" } }))
        .catch(() => {});
      reader.prepare("COMMIT").run();
      await db.instanceSetting.create({ data: { key, value: "acknowledged" } });
      await db.$transaction(async (tx) => tx.instanceSetting.create({ data: { key: `${key}-tx2`, value: "v" } }), {
        maxWait: 10_000,
      });
    } finally {
      if (reader.inTransaction) reader.prepare("ROLLBACK").run();
      reader.close();
    }
    await withIndependentClient(async (other) => {
      expect(await other.instanceSetting.findUnique({ where: { key } })).not.toBeNull();
      expect(await other.instanceSetting.findUnique({ where: { key: `${key}-tx2` } })).not.toBeNull();
    });
  }, 30_000);

  it("a BEGIN that cannot get the write lock fails cleanly and the next transaction works", async () => {
    const key = `after-busy-begin-${randomUUID()}`;
    const writer = new Database(handle.config.filePath);
    try {
      // Another process holds the write lock for longer than the busy timeout.
      writer.prepare("BEGIN IMMEDIATE").run();
      const release = setTimeout(() => writer.prepare("ROLLBACK").run(), 8_000);
      const outcome = await db
        .$transaction(async (tx) => tx.instanceSetting.create({ data: { key: `${key}-blocked`, value: "v" } }), {
          maxWait: 20_000,
          timeout: 20_000,
        })
        .then(
          () => "committed",
          () => "failed",
        );
      clearTimeout(release);
      if (writer.inTransaction) writer.prepare("ROLLBACK").run();
      expect(["committed", "failed"]).toContain(outcome);
      await db.instanceSetting.create({ data: { key, value: "acknowledged" } });
      await db.$transaction(async (tx) => tx.instanceSetting.create({ data: { key: `${key}-tx`, value: "v" } }));
    } finally {
      if (writer.inTransaction) writer.prepare("ROLLBACK").run();
      writer.close();
    }
    await withIndependentClient(async (other) => {
      expect(await other.instanceSetting.count({ where: { key: { in: [key, `${key}-tx`] } } })).toBe(2);
    });
  }, 30_000);
});
