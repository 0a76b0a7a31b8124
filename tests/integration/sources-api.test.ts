// The source library through the real /api/v1 handlers on a real seeded SQLite file.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/lib/seed/load";
import type { z } from "zod";
import type { sourceCreated } from "@/lib/api/responses/sources";
import { apiClient, type ApiClient } from "../support/api-client";
import { createTestDb, rowCounts, type TestDb } from "../support/test-db";

const ARTICLES = path.resolve(process.cwd(), "../shared/articles");

let handle: TestDb;
// Typed from the OpenAPI document; served by the real route handlers; every response checked against it.
let api: ApiClient;
let anonymous: ApiClient;

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  const user = await createUser(handle.db, { email: "analyst@example.org", name: "Analyst" });
  api = apiClient({ key: (await createApiKey(handle.db, user.id, "test")).key });
  anonymous = apiClient();
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

const ARTICLE = [
  "Analysts see new rivalry between jihadist groups",
  "Trending: Markets rally",
  "The two groups fought each other for control of eastern Syria last year.",
  "A truce between the Islamic State and al-Qaeda is unlikely in the coming months, diplomats said.",
  "If the Islamic State's leader is killed, a merger with al-Qaeda could well follow.",
  "May God protect the people of Idlib.",
].join("\n\n");

const newSource = (overrides: Partial<Record<"title" | "outlet" | "text", string>> = {}) => ({
  title: "Rivalry between jihadist groups",
  author: "A. Reporter",
  outlet: "Test Wire",
  publishedAt: "2026-06-01",
  text: ARTICLE,
  ...overrides,
});

async function post(body: ReturnType<typeof newSource>) {
  const { response, data, error } = await api.POST("/sources", { body });
  // openapi-fetch's typing loses the union's `candidates: null` variant; the schema's own type keeps both.
  return { status: response.status, body: data as z.output<typeof sourceCreated>, error: error! };
}

describe("POST /api/v1/sources", () => {
  it("stores the source with a content hash and returns the forecasts found in it", async () => {
    const response = await post(newSource());
    expect(response.status).toBe(201);
    expect(response.body.source.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(response.body.duplicateOf).toBeNull();
    const sentences = response.body.candidates!.map((c) => c.sentence);
    expect(sentences.some((s: string) => s.includes("truce"))).toBe(true);
    expect(sentences.some((s: string) => s.startsWith("May God"))).toBe(false);
    expect(sentences.some((s: string) => s.includes("fought each other"))).toBe(false);
  });

  it("rejects text over 1 MB with 413, empty or binary text with 400, and writes nothing", async () => {
    const before = await rowCounts(handle.db);
    const big = await post(newSource({ text: "word ".repeat(220_000) }));
    expect(big.status).toBe(413);
    expect(big.error.error.message).toMatch(/1 MB/);
    const empty = await post(newSource({ text: "   \n " }));
    expect(empty.status).toBe(400);
    expect(empty.error.error.issues![0]!.path).toBe("text");
    const binary = await post(newSource({ text: "PK\u0003\u0004\u0000\u0000binary" }));
    expect(binary.status).toBe(400);
    expect(binary.error.error.message).toMatch(/binary/);
    const missing = await post(newSource({ title: "" }));
    expect(missing.status).toBe(400);
    expect(missing.error.error.issues![0]!.path).toBe("title");
    const unsigned = await anonymous.POST("/sources", { body: newSource() });
    expect(unsigned.response.status).toBe(401);
    expect(await rowCounts(handle.db)).toEqual(before);
  });

  it("links a pasted copy of an article to the copy already in the library", async () => {
    const text = [
      "Observers in Baghdad expect the insurgency in the western desert to intensify over the summer months,",
      "according to officials who spoke on condition of anonymity about the security situation near the border,",
      "while local tribes say recruitment by both groups has slowed since the spring offensive ended.",
    ].join(" ");
    const first = await post(newSource({ title: "Original", text }));
    const copy = await post(newSource({ title: "Republished", outlet: "Other Outlet", text }));
    expect(copy.status).toBe(201);
    expect(copy.body.duplicateOf!.id).toBe(first.body.source.id);
  });
});

describe.skipIf(!existsSync(ARTICLES))("near-duplicates among the articles (needs ../shared/articles)", () => {
  const read = (file: string) => readFileSync(path.join(ARTICLES, file), "utf8");

  it("links each pasted article to its own seeded copy: the two Al-Monitor texts to one article, no other pair", async () => {
    const seeded = await handle.db.source.findMany({ where: { seedKey: { not: null } } });
    const canonicalOf = (seedKey: string) => {
      const source = seeded.find((candidate) => candidate.seedKey === seedKey)!;
      return source.duplicateOfId ?? source.id;
    };
    const cases: [string, string][] = [
      ["000_1dfd841c819d154f.txt", "src-oconnor-2017-newsweek"],
      ["001_ead41cf56d924278.txt", "src-magnier-2017"],
      ["002_48962dda025488f1.txt", "src-malik-2017-newageislam"],
      ["003_0b828497091f93bf.txt", "src-tamimi-2020-newlines"],
      ["004_b11bba290614fe3c.txt", "src-malik-2017-newageislam"],
    ];
    for (const [file, seedKey] of cases) {
      // A small change makes each paste a near-duplicate rather than an identical file.
      const response = await post(newSource({ title: file, text: `${read(file)}\n\nShared by a reader.` }));
      expect(response.status, file).toBe(201);
      expect(response.body.duplicateOf?.id, file).toBe(canonicalOf(seedKey));
      expect(response.body.duplicateOf!.how, file).toBe("near-duplicate");
    }
  });
});

describe("POST /api/v1/extract", () => {
  it("returns candidates with offsets into the text, and stores nothing", async () => {
    const before = await rowCounts(handle.db);
    const { response, data } = await anonymous.POST("/extract", { body: { text: ARTICLE } });
    expect(response.status).toBe(200);
    for (const candidate of data!.candidates) {
      expect(ARTICLE.slice(candidate.start, candidate.end)).toBe(candidate.sentence);
    }
    const conditional = data!.candidates.find((c) => c.conditional);
    expect(conditional!.conditional!.condition).toMatch(/killed/);
    expect(await rowCounts(handle.db)).toEqual(before);
    // Deliberately off the schema: the server must refuse it.
    const bad = await anonymous.POST("/extract", { body: { words: "x" } as never });
    expect(bad.response.status).toBe(400);
  });
});

describe("a question drafted from a found forecast", () => {
  it("links the excerpt with the author's implied probability, recomputed on the server", async () => {
    const created = await post(newSource({ title: "For drafting", text: `${ARTICLE}\n\nA unique line for hashing.` }));
    const candidate = created.body.candidates!.find((c) => c.sentence.includes("truce"))!;
    const question = await api.POST("/questions", {
      body: {
        title: "Will ISIS and al-Qaeda agree a truce by 2027-06-01?",
        resolutionCriteria: "Yes if both groups announce a ceasefire, reported by two independent outlets.",
        closeAt: new Date(Date.now() + 200 * 86400_000).toISOString(),
        resolveBy: new Date(Date.now() + 230 * 86400_000).toISOString(),
        themes: ["truce"],
        fromExcerpt: { sourceId: created.body.source.id, start: candidate.start, end: candidate.end },
      },
    });
    expect(question.response.status).toBe(201);
    expect(question.data!.excerpts).toHaveLength(1);
    expect(question.data!.excerpts[0]!.impliedProbability).toBe(candidate.probability);

    const wrong = await api.POST("/questions", {
      body: {
        title: "Will ISIS and al-Qaeda agree a truce by 2027-06-01?",
        resolutionCriteria: "Yes if both groups announce a ceasefire, reported by two independent outlets.",
        closeAt: new Date(Date.now() + 200 * 86400_000).toISOString(),
        resolveBy: new Date(Date.now() + 230 * 86400_000).toISOString(),
        fromExcerpt: { sourceId: created.body.source.id, start: 0, end: 5 },
      },
    });
    expect(wrong.response.status).toBe(400);
  });
});
