// The forecast read models (lib/forecasts/read-model.ts) on a real SQLite file: what each
// forecast's transaction maintains is identical to a rebuild from the append-only log; the
// crowd they store is the forecasting library's aggregate over the whole log; a database from
// before them gets them built on start; and a write costs the same statements whatever the
// history behind it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { SerializedSqliteAdapterFactory } from "@/lib/db/adapters/sqlite";
import type { Db } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { AGGREGATION_METHODS, aggregateSeries, aggregateSeriesMulti } from "@/lib/forecasting";
import { findSeriesQuestion } from "@/lib/forecasts/log";
import { probsOf } from "@/lib/forecasts/probabilities";
import { readModelsMissing, rebuildAllReadModels, rebuildQuestionReadModel } from "@/lib/forecasts/read-model";
import { recordForecast } from "@/lib/forecasts/record";
import { loadQuestionSeries, MAX_CHART_POINTS } from "@/lib/forecasts/series";
import { createQuestion } from "@/lib/questions/create";
import { createUser } from "@/lib/users/create-user";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let people: SignedInViewer[];
const START = new Date("2031-01-01T00:00:00Z").getTime();
const MINUTE = 60_000;

beforeAll(async () => {
  handle = createTestDb();
  people = [];
  for (let i = 0; i < 5; i++) {
    const user = await createUser(handle.db, { email: `reader-${i}@example.org`, name: `Reader ${i}` });
    people.push({ userId: user.id, name: `Reader ${i}`, role: "USER", teamIds: [] });
  }
});

afterAll(async () => handle.cleanup());

async function newQuestion(type: "BINARY" | "MULTIPLE_CHOICE") {
  return createQuestion(
    handle.db,
    people[0]!,
    {
      title: `Will the read models agree (${type.toLowerCase()})?`,
      resolutionCriteria: "Resolves YES if the stored crowd equals the rebuilt crowd on every point.",
      type,
      ...(type === "MULTIPLE_CHOICE" ? { options: ["Truce", "Merger", "Rivalry"] } : {}),
      closeAt: new Date(START + 365 * 86_400_000).toISOString(),
      resolveBy: new Date(START + 400 * 86_400_000).toISOString(),
    },
    new Date(START),
  );
}

/** A deterministic stream of forecasts: revisions, several people in the same minute, extremes. */
async function forecastOn(question: Awaited<ReturnType<typeof newQuestion>>, count: number, startMinute = 1) {
  let seed = 11;
  const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  const optionIds = question.options.map((option) => option.id);
  for (let i = 0; i < count; i++) {
    const who = people[Math.floor(random() * people.length)]!;
    const at = new Date(START + (startMinute + Math.floor(i / 2)) * MINUTE);
    const p = Math.min(0.999, Math.max(0.001, Math.round(random() * 1000) / 1000));
    const input =
      optionIds.length === 0
        ? { probability: p }
        : { probabilities: Object.fromEntries(optionIds.map((id, k) => [id, k === 0 ? p : (1 - p) / 2])) };
    await recordForecast(handle.db, who, question.id, input, at);
  }
}

async function snapshot(questionId: string) {
  const [latest, points, question] = await Promise.all([
    handle.db.latestForecast.findMany({ where: { questionId }, orderBy: { userId: "asc" } }),
    handle.db.crowdPoint.findMany({
      where: { questionId },
      orderBy: [{ t: "asc" }, { forecastId: "asc" }],
      select: { forecastId: true, t: true, forecasters: true, values: true, seq: true, level: true },
    }),
    handle.db.question.findUniqueOrThrow({
      where: { id: questionId },
      select: { liveForecastCount: true, forecasterCount: true },
    }),
  ]);
  return { latest, points, question };
}

describe("forecast read models", () => {
  for (const type of ["BINARY", "MULTIPLE_CHOICE"] as const) {
    it(`maintains exactly what a rebuild from the log computes (${type.toLowerCase()})`, async () => {
      const question = await newQuestion(type);
      await forecastOn(question, 40);
      const incremental = await snapshot(question.id);
      expect(incremental.question).toEqual({ liveForecastCount: 40, forecasterCount: incremental.latest.length });
      expect(incremental.points).toHaveLength(40);
      expect(await rebuildQuestionReadModel(handle.db, question.id)).toBe(40);
      expect(await snapshot(question.id)).toEqual(incremental);
    });

    it(`stores the library's aggregate of the whole log under every method (${type.toLowerCase()})`, async () => {
      const question = await newQuestion(type);
      await forecastOn(question, 30);
      const rows = await handle.db.forecast.findMany({
        where: { questionId: question.id, mode: "LIVE" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { probabilities: true },
      });
      const shape = { type, options: question.options };
      const log = rows.map((row) => ({
        forecasterId: row.userId,
        t: row.createdAt.getTime(),
        probs: probsOf(shape, row),
      }));
      const seriesQuestion = await findSeriesQuestion(handle.db, people[0]!, question.id);
      for (const method of AGGREGATION_METHODS) {
        const expected =
          type === "BINARY"
            ? aggregateSeries(
                log.map(({ forecasterId, t, probs }) => ({ forecasterId, t, p: probs[0]! })),
                method,
              ).map((point) => ({ t: point.t, probs: [point.p], n: point.n }))
            : aggregateSeriesMulti(log, method);
        const stored = (await loadQuestionSeries(handle.db, people[0]!, seriesQuestion, method)).aggregate;
        expect(
          stored.map((point) => point.t),
          method,
        ).toEqual(expected.map((point) => point.t));
        expect(
          stored.map((point) => point.n),
          method,
        ).toEqual(expected.map((point) => point.n));
        stored.forEach((point, i) =>
          point.probs.forEach((p, k) => expect(p, `${method} #${i}`).toBeCloseTo(expected[i]!.probs[k]!, 12)),
        );
      }
    });
  }

  it("builds missing read models when a database is prepared, once", async () => {
    const question = await newQuestion("BINARY");
    await forecastOn(question, 12);
    const expected = await snapshot(question.id);
    // A database from before the read models: the log is there, the models are not.
    await handle.db.crowdPoint.deleteMany({});
    await handle.db.latestForecast.deleteMany({});
    await handle.db.question.updateMany({ data: { liveForecastCount: 0, forecasterCount: 0 } });
    expect(await readModelsMissing(handle.db)).toBe(true);
    const messages: string[] = [];
    await prepareDatabase(handle.config, (message) => messages.push(message));
    expect(messages.some((message) => message.startsWith("Read models built from"))).toBe(true);
    expect(await snapshot(question.id)).toEqual(expected);
    expect(await readModelsMissing(handle.db)).toBe(false);
    const again: string[] = [];
    await prepareDatabase(handle.config, (message) => again.push(message));
    expect(again.some((message) => message.startsWith("Read models built from"))).toBe(false);
    const all = await rebuildAllReadModels(handle.db);
    expect(all.questions).toBeGreaterThan(0);
  });

  it("costs the same statements per forecast whatever the question's history", async () => {
    const client = new PrismaClient({
      adapter: new SerializedSqliteAdapterFactory(handle.config.url),
      log: [{ emit: "event", level: "query" }],
    });
    let statements = 0;
    client.$on("query", () => statements++);
    const counted = client as unknown as Db;
    try {
      const writeCost = async (questionId: string, minute: number) => {
        statements = 0;
        await recordForecast(counted, people[1]!, questionId, { probability: 0.42 }, new Date(START + minute * MINUTE));
        return statements;
      };
      const fresh = await newQuestion("BINARY");
      await forecastOn(fresh, 5);
      const long = await newQuestion("BINARY");
      await forecastOn(long, 200);
      // A first forecast also counts a new forecaster; compare revisions with revisions.
      await writeCost(fresh.id, 400);
      await writeCost(long.id, 400);
      const revision = await writeCost(long.id, 500);
      expect(revision).toBe(await writeCost(fresh.id, 500));
      // question lookup, BEGIN, forecast, count, standing, latest, crowd point, COMMIT
      expect(revision).toBeLessThanOrEqual(8);
    } finally {
      await client.$disconnect();
    }
  });

  it("draws a long history's chart from a bounded number of crowd points, first and latest included", async () => {
    const question = await newQuestion("BINARY");
    const count = 5_000;
    await handle.db.forecast.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        questionId: question.id,
        userId: people[i % people.length]!.userId,
        probability: ((i * 37) % 99) / 100 + 0.005,
        mode: "LIVE" as const,
        createdAt: new Date(START + (i + 1) * MINUTE),
      })),
    });
    await rebuildQuestionReadModel(handle.db, question.id);
    const levels = await handle.db.crowdPoint.findMany({
      where: { questionId: question.id },
      select: { seq: true, level: true },
    });
    expect(levels.map((point) => point.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: count }, (_, i) => i + 1),
    );
    for (const point of levels)
      expect(point.seq % 2 ** point.level === 0 && (point.seq / 2 ** point.level) % 2 === 1).toBe(true);

    let rowsRead = 0;
    const counting = handle.db.$extends({
      query: {
        crowdPoint: {
          findMany: async ({ args, query }) => {
            const rows = await query(args);
            rowsRead += rows.length;
            return rows;
          },
        },
      },
    }) as unknown as Db;
    const seriesQuestion = await findSeriesQuestion(handle.db, people[0]!, question.id);
    const series = await loadQuestionSeries(counting, null, seriesQuestion, "median");
    expect(rowsRead).toBeGreaterThan(MAX_CHART_POINTS);
    expect(rowsRead).toBeLessThanOrEqual(2 * MAX_CHART_POINTS + 2);
    expect(series.aggregate.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    const all = await handle.db.crowdPoint.findMany({ where: { questionId: question.id }, orderBy: { seq: "asc" } });
    expect(series.aggregate[0]!.t).toBe(all[0]!.t.getTime());
    expect(series.aggregate.at(-1)).toEqual({
      t: all.at(-1)!.t.getTime(),
      n: all.at(-1)!.forecasters,
      probs: JSON.parse(all.at(-1)!.values).median,
    });
  });
});
