// /api/v1 read endpoints, called through their real route handlers on a real seeded SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/load";
import { QUESTIONS } from "@/lib/seed/data/questions";
import { apiClient, type ApiClient } from "../support/api-client";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let api: ApiClient;

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  // Route handlers open the database named by DATABASE_URL, as in production.
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  // Typed from the OpenAPI document; served by the real handlers; every response checked against it.
  api = apiClient();
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

// GET /questions with a raw query string (the invalid ones cannot be written as typed parameters).
async function get(query: string) {
  const { response, data } = await api.GET("/questions", { querySerializer: () => query });
  return { status: response.status, body: data! };
}
async function refused(query: string) {
  const { response, error } = await api.GET("/questions", { querySerializer: () => query });
  return { status: response.status, body: error! };
}

describe("GET /api/v1/questions", () => {
  it("lists every seeded question with its derived status", async () => {
    const { status, body } = await get("limit=100");
    expect(status).toBe(200);
    expect(body.total).toBe(QUESTIONS.length);
    expect(body.items).toHaveLength(QUESTIONS.length);
    expect(body.nextCursor).toBeNull();
    const resolved = QUESTIONS.filter((question) => question.resolution).length;
    expect(body.items.filter((item: { status: string }) => item.status === "resolved")).toHaveLength(resolved);
  });

  it("filters by status, theme and text", async () => {
    // Which seeded questions are still open depends on today's date, so the expectation does too.
    const now = new Date();
    const expectedOpen = QUESTIONS.filter((question) => !question.resolution && new Date(question.closeAt) > now);
    const open = await get("status=open&limit=100");
    expect(open.body.total).toBe(expectedOpen.length);
    expect(open.body.items.every((item: { status: string }) => item.status === "open")).toBe(true);
    const closed = await get("status=closed&limit=100");
    expect(closed.body.total).toBe(QUESTIONS.filter((question) => !question.resolution).length - expectedOpen.length);

    const truce = await get("theme=truce&limit=100");
    const expectedTruce = QUESTIONS.filter((question) => question.themes.includes("truce")).length;
    expect(truce.body.total).toBe(expectedTruce);
    expect(truce.body.items.every((item: { themes: string[] }) => item.themes.includes("truce"))).toBe(true);

    const baghdadi = await get("q=BAGHDADI&limit=100");
    expect(baghdadi.body.total).toBeGreaterThan(0);
    const expectedText = QUESTIONS.filter((question) =>
      [question.title, question.description, question.resolutionCriteria].join("\n").toLowerCase().includes("baghdadi"),
    ).length;
    expect(baghdadi.body.total).toBe(expectedText);
  });

  it("pages with an opaque cursor, without repeating or skipping a question", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await get(`limit=4&sort=title${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(pages).toBe(Math.ceil(QUESTIONS.length / 4));
    expect(new Set(seen).size).toBe(QUESTIONS.length);
  });

  it.each([
    ["status=pending", "status"],
    ["theme=weather", "theme"],
    ["limit=0", "limit"],
    ["limit=abc", "limit"],
    ["sort=random", "sort"],
    ["cursor=not-a-cursor", "cursor"],
  ])("rejects %s with 400 naming the field", async (query, field) => {
    const { status, body } = await refused(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toContain(field);
    expect(body.error.issues![0]!.path).toBe(field);
  });
});

describe("GET /api/v1/questions/{id}", () => {
  it("returns criteria, dates, options, resolution and excerpts with citations", async () => {
    const list = await api.GET("/questions", { params: { query: { limit: 100 } } });
    const multipleChoice = list.data!.items.find((item) => item.type === "MULTIPLE_CHOICE")!;
    const { response, data: body } = await api.GET("/questions/{id}", {
      params: { path: { id: multipleChoice.id } },
    });
    expect(response.status).toBe(200);
    expect(body!.resolutionCriteria.length).toBeGreaterThan(40);
    expect(body!.options.length).toBeGreaterThanOrEqual(3);
    expect(body!.excerpts.length).toBeGreaterThan(0);
    for (const excerpt of body!.excerpts) {
      expect(excerpt.source.author).toBeTruthy();
      expect(excerpt.impliedProbability).toBeGreaterThan(0);
    }
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const unknown = await api.GET("/questions/{id}", { params: { path: { id: "cxxxxxxxxxxxxxxxxxxxxxxxx" } } });
    expect(unknown.response.status).toBe(404);
    expect(unknown.error!.error).toEqual({ code: "not_found", message: "Question not found" });
    const malformed = await api.GET("/questions/{id}", { params: { path: { id: "1; DROP TABLE" } } });
    expect(malformed.response.status).toBe(400);
    expect(malformed.error!.error.message).toContain("question id");
  });
});

describe("GET /api/v1/sources and /api/v1/health", () => {
  it("lists the sources with the duplicate linked, and reads one", async () => {
    const { response, data: body } = await api.GET("/sources");
    expect(response.status).toBe(200);
    expect(body!.items).toHaveLength(5);
    const duplicates = body!.items.filter((item) => item.duplicateOf);
    expect(duplicates).toHaveLength(1);
    const one = await api.GET("/sources/{id}", { params: { path: { id: duplicates[0]!.duplicateOf!.id } } });
    expect(one.response.status).toBe(200);
    expect(one.data!.duplicates).toHaveLength(1);
    const unknown = await api.GET("/sources/{id}", { params: { path: { id: "c000000000000000000000000" } } });
    expect(unknown.response.status).toBe(404);
  });

  it("reports a reachable database with every migration applied", async () => {
    const { response, data } = await api.GET("/health");
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      status: "ok",
      database: { reachable: true },
      migrations: { pending: [] },
    });
  });
});
