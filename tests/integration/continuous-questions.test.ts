// NUMERIC and DATE questions (issue 13) through the real /api/v1 handlers on a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { rebuildQuestionReadModel } from "@/lib/forecasts/read-model";
import { continuousBaselineScore, continuousCrps, continuousLogScore } from "@/lib/forecasting/continuous";
import { renderDeliveryBody } from "@/lib/webhooks/render";
import { personWithKey } from "../support/people";
import { createUser } from "@/lib/users/create-user";
import { apiClient, type ApiClient } from "../support/api-client";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let api: ApiClient;

beforeAll(async () => {
  handle = createTestDb();
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  const user = await createUser(handle.db, { email: "analyst@example.org", name: "Analyst" });
  api = apiClient({ key: (await createApiKey(handle.db, user.id, "test")).key });
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

// Dates relative to now: the suite also runs under faketime years ahead.
const base = () => ({
  title: "How many fighters will the group have at the end of the year?",
  resolutionCriteria: "The number given by the next UN monitoring team report, rounded to the nearest hundred.",
  closeAt: new Date(Date.now() + 200 * 86400_000).toISOString(),
  resolveBy: new Date(Date.now() + 230 * 86400_000).toISOString(),
});

describe("POST /api/v1/questions with a range", () => {
  it("creates a NUMERIC question and returns its range and unit, on POST and on GET", async () => {
    const range = { min: 0, max: 5000, openLower: false, openUpper: true, scale: "linear" as const };
    const created = await api.POST("/questions", { body: { ...base(), type: "NUMERIC", range, unit: "fighters" } });
    expect(created.response.status).toBe(201);
    expect(created.data!.type).toBe("NUMERIC");
    expect(created.data!.range).toEqual(range);
    expect(created.data!.unit).toBe("fighters");
    const read = await api.GET("/questions/{id}", { params: { path: { id: created.data!.id } } });
    expect(read.data!.range).toEqual(range);
    expect(read.data!.unit).toBe("fighters");
    const row = await handle.db.question.findUniqueOrThrow({ where: { id: created.data!.id } });
    expect([row.rangeMin, row.rangeMax, row.openLower, row.openUpper, row.scale]).toEqual([
      0,
      5000,
      false,
      true,
      "linear",
    ]);
  });

  it("creates a DATE question with ISO bounds stored as epoch milliseconds", async () => {
    const created = await api.POST("/questions", {
      body: {
        ...base(),
        title: "When will the last town held by the group be taken?",
        type: "DATE",
        range: { min: "2018-01-01", max: "2020-01-01", openUpper: true },
      },
    });
    expect(created.response.status).toBe(201);
    expect(created.data!.range).toEqual({
      min: "2018-01-01T00:00:00.000Z",
      max: "2020-01-01T00:00:00.000Z",
      openLower: false,
      openUpper: true,
      scale: "linear",
    });
    expect(created.data!.unit).toBeNull();
    const row = await handle.db.question.findUniqueOrThrow({ where: { id: created.data!.id } });
    expect(row.rangeMin).toBe(Date.UTC(2018, 0, 1));
    expect(row.rangeMax).toBe(Date.UTC(2020, 0, 1));
  });

  it.each([
    [{ type: "NUMERIC" }, "range", "range is required"],
    [{ type: "NUMERIC", range: { min: 10, max: 5 } }, "range.max", "range.max must be greater than range.min"],
    [{ type: "NUMERIC", range: { min: 0, max: 5, scale: "log" } }, "range.min", "A log scale needs range.min above 0"],
    [{ type: "NUMERIC", range: { min: 0 } }, "range.max", "range.max is required"],
    [{ type: "NUMERIC", range: "0-5" }, "range", "range"],
    [{ type: "DATE", range: { min: "2019-01-01", max: "2018-01-01" } }, "range.max", "range.max must be after"],
    [{ type: "DATE", range: { min: "2018-01-01", max: "2019-01-01" }, unit: "days" }, "unit", "only NUMERIC"],
    [{ type: "BINARY", range: { min: 0, max: 1 } }, "range", "only NUMERIC and DATE"],
  ])("refuses %j with a 400 naming %s, and writes nothing", async (extra, field, message) => {
    const before = await handle.db.question.count();
    const refused = await api.POST("/questions", { body: { ...base(), ...(extra as object) } as never });
    expect(refused.response.status).toBe(400);
    const issues = (refused.error as { error: { issues?: { path: string; message: string }[] } }).error.issues ?? [];
    expect(issues.some((issue) => issue.path === field && issue.message.includes(message))).toBe(true);
    expect(await handle.db.question.count()).toBe(before);
  });
});

// A valid CDF on [0, 5000] with a closed lower and an open upper bound: 90 % spread evenly
// inside, 10 % above.
const evenCdf = () => Array.from({ length: 201 }, (_, i) => (0.9 * i) / 200);
const openUpperRange = { min: 0, max: 5000, openLower: false, openUpper: true };

type Issue = { path: string; message: string };
const issuesOf = (error: unknown) => (error as { error: { issues?: Issue[] } }).error.issues ?? [];

async function numericQuestion(range: object = openUpperRange) {
  const created = await api.POST("/questions", { body: { ...base(), type: "NUMERIC", range, unit: "fighters" } });
  expect(created.response.status).toBe(201);
  return created.data!.id;
}

describe("POST /api/v1/questions/{id}/forecasts on a NUMERIC or DATE question", () => {
  it("turns percentiles into a stored CDF, returns it with its quantiles, and lists revisions append-only", async () => {
    const id = await numericQuestion();
    const first = await api.POST("/questions/{id}/forecasts", {
      params: { path: { id } },
      body: {
        percentiles: { "5": 400, "50": 1200, "95": 3000 },
        rationale: "Last report said 1,000 to 1,500.",
      } as never,
    });
    expect(first.response.status).toBe(201);
    const made = first.data as { cdf: number[]; quantiles: Record<string, number>; rationale: string };
    expect(made.cdf).toHaveLength(201);
    expect(made.cdf[0]).toBe(0);
    expect(made.cdf[200]).toBeLessThan(1);
    expect(made.quantiles["5"]).toBeCloseTo(400, 0);
    expect(made.quantiles["50"]).toBeCloseTo(1200, 0);
    expect(made.quantiles["95"]).toBeCloseTo(3000, 0);
    expect(made.quantiles["25"]).toBeGreaterThan(400);
    expect(made.quantiles["75"]).toBeLessThan(3000);
    expect(made.rationale).toBe("Last report said 1,000 to 1,500.");

    const sent = evenCdf();
    const revised = await api.POST("/questions/{id}/forecasts", {
      params: { path: { id } },
      body: { cdf: sent } as never,
    });
    expect(revised.response.status).toBe(201);
    expect((revised.data as { cdf: number[] }).cdf).toEqual(sent);

    const rows = await handle.db.forecast.findMany({ where: { questionId: id }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.probability)).toEqual([null, null]);
    expect(JSON.parse(rows[1]!.cdf!)).toEqual(sent);
    const question = await handle.db.question.findUniqueOrThrow({ where: { id } });
    expect([question.liveForecastCount, question.forecasterCount]).toEqual([2, 1]);
    // A rebuild from the log gives the same counts, and no probability read models.
    await handle.db.question.update({ where: { id }, data: { liveForecastCount: 0, forecasterCount: 0 } });
    expect(await rebuildQuestionReadModel(handle.db, id)).toBe(2);
    const rebuilt = await handle.db.question.findUniqueOrThrow({ where: { id } });
    expect([rebuilt.liveForecastCount, rebuilt.forecasterCount]).toEqual([2, 1]);
    expect(await handle.db.crowdPoint.count({ where: { questionId: id } })).toBe(0);

    const listed = await api.GET("/questions/{id}/forecasts", { params: { path: { id } } });
    expect(listed.response.status).toBe(200);
    const items = listed.data!.items as { cdf: number[]; quantiles: Record<string, number> }[];
    expect(items).toHaveLength(2);
    expect(items[0]!.cdf).toEqual(made.cdf);
    expect(items[1]!.cdf).toEqual(sent);
    expect(items[1]!.quantiles["50"]).toBeCloseTo(5000 * (0.5 / 0.9), 6);
  });

  it("takes a DATE question's percentiles as ISO dates and returns its quantiles as ISO date-times", async () => {
    const created = await api.POST("/questions", {
      body: {
        ...base(),
        title: "When will the city be taken?",
        type: "DATE",
        range: { min: "2017-01-01", max: "2019-01-01", openUpper: true },
      },
    });
    const id = created.data!.id;
    const made = await api.POST("/questions/{id}/forecasts", {
      params: { path: { id } },
      body: { percentiles: { "5": "2017-03-01", "25": "2017-06-01", "50": "2017-09-01", "95": "2018-06-01" } } as never,
    });
    expect(made.response.status).toBe(201);
    const quantiles = (made.data as { quantiles: Record<string, string> }).quantiles;
    const day = (iso: string) => Math.round(Date.parse(iso) / 86400_000);
    expect(day(quantiles["50"]!)).toBe(day("2017-09-01"));
    expect(day(quantiles["25"]!)).toBe(day("2017-06-01"));
    expect(day(quantiles["95"]!)).toBe(day("2018-06-01"));
  });

  const steps = (edit: (cdf: number[]) => void) => {
    const cdf = evenCdf();
    edit(cdf);
    return cdf;
  };
  it.each([
    ["no distribution at all", { rationale: "no numbers" }, "percentiles", "percentiles are required"],
    ["both percentiles and a cdf", { percentiles: { "5": 1, "50": 2, "95": 3 }, cdf: evenCdf() }, "cdf", "not both"],
    ["a probability", { probability: 0.4 }, "(root)", "probability"],
    [
      "a missing 95th percentile",
      { percentiles: { "5": 400, "50": 1200 } },
      "percentiles",
      "percentiles.95 is required",
    ],
    ["an unknown percentile", { percentiles: { "5": 1, "10": 2, "50": 3, "95": 4 } }, "percentiles", '"10"'],
    ["a non-numeric percentile", { percentiles: { "5": "many", "50": 2, "95": 3 } }, "percentiles", "must be a number"],
    ["percentiles out of order", { percentiles: { "5": 400, "50": 300, "95": 3000 } }, "percentiles", "greater than"],
    ["a percentile below a closed bound", { percentiles: { "5": -10, "50": 10, "95": 30 } }, "percentiles", "closed"],
    ["a cdf that is not a list", { cdf: "0,0.5,1" }, "cdf", "list of 201 numbers"],
    ["a cdf of 200 points", { cdf: evenCdf().slice(1) }, "cdf", "201 points"],
    ["a cdf with text in it", { cdf: steps((c) => ((c as unknown[])[7] = "x")) }, "cdf", "cdf[7] must be a number"],
    ["a cdf above 1", { cdf: steps((c) => (c[200] = 1.2)) }, "cdf", "between 0 and 1"],
    ["a decreasing cdf", { cdf: steps((c) => (c[50] = 0.1)) }, "cdf", "never decreases"],
    ["mass below a closed bound", { cdf: steps((c) => (c[0] = 0.001)) }, "cdf", "lower bound is closed"],
    ["no mass above an open bound", { cdf: steps((c) => (c[200] = 1)) }, "cdf", "upper bound is open"],
    ["a flat stretch", { cdf: steps((c) => (c[11] = c[10]!)) }, "cdf", "at least"],
    [
      "a spike",
      { cdf: steps((c) => c.forEach((v, i) => (c[i] = i < 100 ? v * 0.1 : Math.min(0.99, v + 0.7)))) },
      "cdf",
      "too concentrated",
    ],
  ])("refuses %s with a 400 naming the problem, writing nothing", async (_kind, body, field, message) => {
    const id = await numericQuestion();
    const before = await handle.db.forecast.count();
    const refused = await api.POST("/questions/{id}/forecasts", { params: { path: { id } }, body: body as never });
    expect(refused.response.status).toBe(400);
    const issues = issuesOf(refused.error);
    expect(issues.some((issue) => issue.path === field && issue.message.includes(message))).toBe(true);
    expect(await handle.db.forecast.count()).toBe(before);
    const question = await handle.db.question.findUniqueOrThrow({ where: { id } });
    expect([question.liveForecastCount, question.forecasterCount]).toEqual([0, 0]);
  });

  it("refuses a percentile beyond a closed upper bound, and a log-scale percentile at or below 0", async () => {
    const closed = await numericQuestion({ min: 0, max: 100 });
    const above = await api.POST("/questions/{id}/forecasts", {
      params: { path: { id: closed } },
      body: { percentiles: { "5": 10, "50": 50, "95": 120 } } as never,
    });
    expect(above.response.status).toBe(400);
    expect(issuesOf(above.error)[0]!.message).toContain("percentiles.95 must be below range.max (100)");
    const log = await numericQuestion({ min: 1, max: 10000, scale: "log", openLower: true });
    const negative = await api.POST("/questions/{id}/forecasts", {
      params: { path: { id: log } },
      body: { percentiles: { "5": -5, "50": 50, "95": 500 } } as never,
    });
    expect(negative.response.status).toBe(400);
    expect(issuesOf(negative.error)[0]!.message).toContain("above 0 on a log scale");
    expect(await handle.db.forecast.count({ where: { questionId: { in: [closed, log] } } })).toBe(0);
  });

  it("refuses a distribution on a closed question with a 409", async () => {
    const id = await numericQuestion();
    await handle.db.question.update({ where: { id }, data: { closeAt: new Date(Date.now() - 1000) } });
    const refused = await api.POST("/questions/{id}/forecasts", {
      params: { path: { id } },
      body: { percentiles: { "5": 400, "50": 1200, "95": 3000 } } as never,
    });
    expect(refused.response.status).toBe(409);
    expect(await handle.db.forecast.count({ where: { questionId: id } })).toBe(0);
  });
});

/** Closes a question a moment ago, so its creator may resolve it (forecasts stay before the close). */
async function closeNow(id: string) {
  await handle.db.question.update({ where: { id }, data: { closeAt: new Date(Date.now() - 1) } });
}

const justNow = () => new Date(Date.now() - 1).toISOString();

describe("resolving a NUMERIC or DATE question with a value, and its scores", () => {
  it("scores each forecaster's distribution against the value, keeps every resolution, and stays out of the Brier scores", async () => {
    const id = await numericQuestion();
    const other = await personWithKey(handle.db, "second@example.org", "Second");
    const second = apiClient({ key: other.key });
    const sharp = await api.POST("/questions/{id}/forecasts", {
      params: { path: { id } },
      body: { percentiles: { "5": 900, "50": 1300, "95": 1800 } } as never,
    });
    const flat = await second.POST("/questions/{id}/forecasts", {
      params: { path: { id } },
      body: { cdf: evenCdf() } as never,
    });
    expect([sharp.response.status, flat.response.status]).toEqual([201, 201]);
    await closeNow(id);

    const resolved = await api.POST("/questions/{id}/resolution", {
      params: { path: { id } },
      body: { value: 1300, occurredAt: justNow(), note: "The monitoring team counted about 1,300." } as never,
    });
    expect(resolved.response.status).toBe(201);
    expect(resolved.data!.outcome).toBe("VALUE");
    expect(resolved.data!.value).toBe(1300);
    expect(resolved.data!.scoredForecasters).toBe(2);

    // One forecast each, standing over the whole window: the time average is that forecast's score.
    const range = { ...openUpperRange, scale: "linear" as const };
    const expected = (cdf: number[], y: number) => ({
      logScore: continuousLogScore(cdf, range, y),
      baselineScore: continuousBaselineScore(cdf, range, y),
      crps: continuousCrps(cdf, range, y),
    });
    const sharpCdf = (sharp.data as { cdf: number[] }).cdf;
    const scores = await api.GET("/questions/{id}/scores", { params: { path: { id } } });
    expect(scores.response.status).toBe(200);
    expect(scores.data!.scored).toBe(true);
    expect(scores.data!.summary.meanTimeAvgBrier).toBeNull();
    const [best, worst] = scores.data!.items;
    expect(best!.userName).toBe("Analyst");
    expect(worst!.userName).toBe("Second");
    for (const [item, cdf] of [
      [best!, sharpCdf],
      [worst!, evenCdf()],
    ] as const) {
      const want = expected([...cdf], 1300);
      expect(item.logScore).toBeCloseTo(want.logScore, 9);
      expect(item.baselineScore).toBeCloseTo(want.baselineScore, 9);
      expect(item.crps).toBeCloseTo(want.crps, 6);
      expect(item.finalBrier).toBeNull();
      expect(item.timeAvgBrier).toBeNull();
    }
    expect(best!.crps!).toBeLessThan(worst!.crps!);
    expect(best!.baselineScore!).toBeGreaterThan(worst!.baselineScore!);
    expect(scores.data!.summary.meanBaselineScore).toBeCloseTo((best!.baselineScore! + worst!.baselineScore!) / 2, 9);
    // Brier tables, leaderboards and track records never see a distribution.
    expect(await handle.db.questionScore.count({ where: { questionId: id } })).toBe(0);
    const record = await api.GET("/me/track-record", {});
    expect(record.data!.questions.some((question) => question.questionId === id)).toBe(false);
    // The resolution is an event for notifications and webhooks, as for any question.
    const events = await handle.db.outboxEvent.findMany({ where: { type: "question.resolved" } });
    const event = events.find((candidate) => candidate.payload.includes(id))!;
    expect(event).toBeDefined();
    const body = JSON.parse(await renderDeliveryBody(handle.db, { id: "delivery", event }, "json")) as {
      summary: string;
      resolution: { outcome: string; value: number };
    };
    expect(body.summary).toContain(": 1300 fighters");
    expect(body.resolution).toMatchObject({ outcome: "VALUE", value: 1300 });

    // Re-resolving (beyond the open upper bound) keeps the first resolution and rescores.
    const again = await api.POST("/questions/{id}/resolution", {
      params: { path: { id } },
      body: {
        value: 6200,
        occurredAt: justNow(),
        note: "A later report counted 6,200.",
        reason: "The first count missed the new recruits.",
      } as never,
    });
    expect(again.response.status).toBe(201);
    const read = await api.GET("/questions/{id}", { params: { path: { id } } });
    expect(read.data!.resolution!.value).toBe(6200);
    expect(read.data!.resolutionHistory.map((entry) => entry.value)).toEqual([6200, 1300]);
    const rescored = await api.GET("/questions/{id}/scores", { params: { path: { id } } });
    const flatNow = rescored.data!.items.find((item) => item.userName === "Second")!;
    expect(flatNow.logScore).toBeCloseTo(Math.log(0.1), 9);
    expect(flatNow.crps).toBeCloseTo(expected(evenCdf(), 6200).crps, 6);
    expect(await handle.db.continuousScore.count({ where: { questionId: id } })).toBe(2);
  });

  it("resolves a DATE question with an ISO date, and refuses one before a closed bound or not a date", async () => {
    const created = await api.POST("/questions", {
      body: {
        ...base(),
        title: "When will the city fall?",
        type: "DATE",
        range: { min: "2017-01-01", max: "2019-01-01", openUpper: true },
      },
    });
    const id = created.data!.id;
    await api.POST("/questions/{id}/forecasts", {
      params: { path: { id } },
      body: { percentiles: { "5": "2017-03-01", "50": "2017-09-01", "95": "2018-06-01" } } as never,
    });
    await closeNow(id);
    for (const [value, message] of [
      ["2016-06-01", "range.min (2017-01-01): the lower bound is closed"],
      ["soon", "value"],
      [1300, "value"],
    ] as const) {
      const refused = await api.POST("/questions/{id}/resolution", {
        params: { path: { id } },
        body: { value, occurredAt: justNow(), note: "Declared by the coalition." } as never,
      });
      expect(refused.response.status).toBe(400);
      expect(issuesOf(refused.error).some((issue) => issue.path === "value" && issue.message.includes(message))).toBe(
        true,
      );
    }
    expect(await handle.db.resolution.count({ where: { questionId: id } })).toBe(0);
    const resolved = await api.POST("/questions/{id}/resolution", {
      params: { path: { id } },
      body: { value: "2017-10-17", occurredAt: justNow(), note: "Declared by the coalition." } as never,
    });
    expect(resolved.response.status).toBe(201);
    expect(resolved.data!.value).toBe("2017-10-17T00:00:00.000Z");
    const scores = await api.GET("/questions/{id}/scores", { params: { path: { id } } });
    expect(scores.data!.items).toHaveLength(1);
    expect(scores.data!.items[0]!.crps).toBeGreaterThan(0);
  });

  it("refuses a value beyond a closed bound, a value with an outcome, and a value on a yes/no question", async () => {
    const id = await numericQuestion({ min: 0, max: 100 });
    await closeNow(id);
    const cases = [
      [{ value: 120 }, "value", "range.max (100): the upper bound is closed"],
      [{ value: -1 }, "value", "range.min (0): the lower bound is closed"],
      [{ value: "many" }, "value", "value must be a number"],
      [{ value: 50, outcome: "ANNULLED" }, "value", "not both"],
    ] as const;
    for (const [body, field, message] of cases) {
      const refused = await api.POST("/questions/{id}/resolution", {
        params: { path: { id } },
        body: { ...body, occurredAt: justNow(), note: "Counted." } as never,
      });
      expect(refused.response.status).toBe(400);
      expect(issuesOf(refused.error).some((issue) => issue.path === field && issue.message.includes(message))).toBe(
        true,
      );
    }
    const binary = await api.POST("/questions", { body: { ...base(), title: "Will the group hold the town?" } });
    await closeNow(binary.data!.id);
    const onBinary = await api.POST("/questions/{id}/resolution", {
      params: { path: { id: binary.data!.id } },
      body: { value: 1, occurredAt: justNow(), note: "Counted." } as never,
    });
    expect(onBinary.response.status).toBe(400);
    expect(issuesOf(onBinary.error)[0]!.path).toBe("value");
    expect(await handle.db.resolution.count({ where: { questionId: { in: [id, binary.data!.id] } } })).toBe(0);
  });

  it("resolves AMBIGUOUS without scores", async () => {
    const id = await numericQuestion();
    await api.POST("/questions/{id}/forecasts", { params: { path: { id } }, body: { cdf: evenCdf() } as never });
    await closeNow(id);
    const resolved = await api.POST("/questions/{id}/resolution", {
      params: { path: { id } },
      body: { outcome: "AMBIGUOUS", occurredAt: justNow(), note: "No count was published." },
    });
    expect(resolved.response.status).toBe(201);
    expect(resolved.data!.value).toBeNull();
    const scores = await api.GET("/questions/{id}/scores", { params: { path: { id } } });
    expect(scores.data!.scored).toBe(false);
    expect(await handle.db.continuousScore.count({ where: { questionId: id } })).toBe(0);
  });
});

describe("what a NUMERIC question does not take", () => {
  it("refuses a YES resolution with a 400, writing nothing", async () => {
    const id = await numericQuestion();
    const resolution = await api.POST("/questions/{id}/resolution", {
      params: { path: { id } },
      body: { outcome: "YES", occurredAt: "2019-03-23", note: "Reported by the monitoring team." } as never,
    });
    expect(resolution.response.status).toBe(400);
    expect(await handle.db.resolution.count({ where: { questionId: id } })).toBe(0);
  });
});
