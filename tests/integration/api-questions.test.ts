// /api/v1 read endpoints, called through their real route handlers on a real seeded SQLite file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/load";
import { QUESTIONS } from "@/lib/seed/data/questions";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let routes: {
  listQuestions: typeof import("@/app/api/v1/questions/route").GET;
  getQuestion: typeof import("@/app/api/v1/questions/[id]/route").GET;
  listSources: typeof import("@/app/api/v1/sources/route").GET;
  getSource: typeof import("@/app/api/v1/sources/[id]/route").GET;
  health: typeof import("@/app/api/v1/health/route").GET;
};

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  // Route handlers open the database named by DATABASE_URL, as in production.
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  routes = {
    listQuestions: (await import("@/app/api/v1/questions/route")).GET,
    getQuestion: (await import("@/app/api/v1/questions/[id]/route")).GET,
    listSources: (await import("@/app/api/v1/sources/route")).GET,
    getSource: (await import("@/app/api/v1/sources/[id]/route")).GET,
    health: (await import("@/app/api/v1/health/route")).GET,
  };
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

const noParams = { params: Promise.resolve({}) } as never;
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

async function get(path: string) {
  const response = await routes.listQuestions(new Request(`http://test${path}`), noParams);
  return { status: response.status, body: await response.json() };
}

describe("GET /api/v1/questions", () => {
  it("lists every seeded question with its derived status", async () => {
    const { status, body } = await get("/api/v1/questions?limit=100");
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
    const open = await get("/api/v1/questions?status=open&limit=100");
    expect(open.body.total).toBe(expectedOpen.length);
    expect(open.body.items.every((item: { status: string }) => item.status === "open")).toBe(true);
    const closed = await get("/api/v1/questions?status=closed&limit=100");
    expect(closed.body.total).toBe(QUESTIONS.filter((question) => !question.resolution).length - expectedOpen.length);

    const truce = await get("/api/v1/questions?theme=truce&limit=100");
    const expectedTruce = QUESTIONS.filter((question) => question.themes.includes("truce")).length;
    expect(truce.body.total).toBe(expectedTruce);
    expect(truce.body.items.every((item: { themes: string[] }) => item.themes.includes("truce"))).toBe(true);

    const baghdadi = await get("/api/v1/questions?q=BAGHDADI&limit=100");
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
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await get(
        `/api/v1/questions?limit=4&sort=title${cursor ? `&cursor=${cursor}` : ""}`,
      );
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
    const { status, body } = await get(`/api/v1/questions?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toContain(field);
    expect(body.error.issues[0].path).toBe(field);
  });
});

describe("GET /api/v1/questions/{id}", () => {
  it("returns criteria, dates, options, resolution and excerpts with citations", async () => {
    const list = await get("/api/v1/questions?limit=100");
    const multipleChoice = list.body.items.find((item: { type: string }) => item.type === "MULTIPLE_CHOICE");
    const response = await routes.getQuestion(new Request("http://test"), withId(multipleChoice.id));
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.resolutionCriteria.length).toBeGreaterThan(40);
    expect(body.options.length).toBeGreaterThanOrEqual(3);
    expect(body.excerpts.length).toBeGreaterThan(0);
    for (const excerpt of body.excerpts) {
      expect(excerpt.source.author).toBeTruthy();
      expect(excerpt.impliedProbability).toBeGreaterThan(0);
    }
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const unknown = await routes.getQuestion(new Request("http://test"), withId("cxxxxxxxxxxxxxxxxxxxxxxxx"));
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toEqual({ code: "not_found", message: "Question not found" });
    const malformed = await routes.getQuestion(new Request("http://test"), withId("1; DROP TABLE"));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.message).toContain("question id");
  });
});

describe("GET /api/v1/sources and /api/v1/health", () => {
  it("lists the sources with the duplicate linked, and reads one", async () => {
    const response = await routes.listSources(new Request("http://test/api/v1/sources"), noParams);
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.items).toHaveLength(5);
    const duplicates = body.items.filter((item: { duplicateOf: unknown }) => item.duplicateOf);
    expect(duplicates).toHaveLength(1);
    const one = await routes.getSource(new Request("http://test"), withId(duplicates[0].duplicateOf.id));
    expect(one.status).toBe(200);
    expect((await one.json()).duplicates).toHaveLength(1);
    expect((await routes.getSource(new Request("http://test"), withId("c000000000000000000000000"))).status).toBe(404);
  });

  it("reports a reachable database with every migration applied", async () => {
    const response = await routes.health(new Request("http://test/api/v1/health"), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      database: { reachable: true },
      migrations: { pending: [] },
    });
  });
});
