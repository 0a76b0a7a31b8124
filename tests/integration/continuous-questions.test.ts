// NUMERIC and DATE questions (issue 13) through the real /api/v1 handlers on a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
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

describe("what a NUMERIC question does not take yet", () => {
  it("refuses a probability forecast and a YES resolution with a 400, writing nothing", async () => {
    const range = { min: 0, max: 5000, openUpper: true };
    const created = await api.POST("/questions", { body: { ...base(), type: "NUMERIC", range } });
    const id = created.data!.id;
    const forecast = await api.POST("/questions/{id}/forecasts", {
      params: { path: { id } },
      body: { probability: 0.4 },
    });
    expect(forecast.response.status).toBe(400);
    const resolution = await api.POST("/questions/{id}/resolution", {
      params: { path: { id } },
      body: { outcome: "YES", occurredAt: "2019-03-23", note: "Reported by the monitoring team." } as never,
    });
    expect(resolution.response.status).toBe(400);
    expect(await handle.db.forecast.count({ where: { questionId: id } })).toBe(0);
    expect(await handle.db.resolution.count({ where: { questionId: id } })).toBe(0);
  });
});
