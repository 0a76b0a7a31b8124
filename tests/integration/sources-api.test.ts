// The source library through the real /api/v1 handlers on a real seeded SQLite file.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/lib/seed/load";
import { call } from "../support/api-client";
import { createTestDb, rowCounts, type TestDb } from "../support/test-db";

const ARTICLES = path.resolve(process.cwd(), "../shared/articles");

let handle: TestDb;
let key: string;
let r: {
  sources: typeof import("@/app/api/v1/sources/route");
  source: typeof import("@/app/api/v1/sources/[id]/route");
  extract: typeof import("@/app/api/v1/extract/route");
  questions: typeof import("@/app/api/v1/questions/route");
};

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  const user = await createUser(handle.db, { email: "analyst@example.org", name: "Analyst" });
  key = (await createApiKey(handle.db, user.id, "test")).key;
  r = {
    sources: await import("@/app/api/v1/sources/route"),
    source: await import("@/app/api/v1/sources/[id]/route"),
    extract: await import("@/app/api/v1/extract/route"),
    questions: await import("@/app/api/v1/questions/route"),
  };
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

const newSource = (overrides: Record<string, unknown> = {}) => ({
  title: "Rivalry between jihadist groups",
  author: "A. Reporter",
  outlet: "Test Wire",
  publishedAt: "2026-06-01",
  text: ARTICLE,
  ...overrides,
});

const post = (body: unknown) => call(r.sources.POST, "POST", "/api/v1/sources", { key, body });

describe("POST /api/v1/sources", () => {
  it("stores the source with a content hash and returns the forecasts found in it", async () => {
    const response = await post(newSource());
    expect(response.status).toBe(201);
    expect(response.body.source.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(response.body.duplicateOf).toBeNull();
    const sentences = response.body.candidates.map((c: { sentence: string }) => c.sentence);
    expect(sentences.some((s: string) => s.includes("truce"))).toBe(true);
    expect(sentences.some((s: string) => s.startsWith("May God"))).toBe(false);
    expect(sentences.some((s: string) => s.includes("fought each other"))).toBe(false);
  });

  it("rejects text over 1 MB with 413, empty or binary text with 400, and writes nothing", async () => {
    const before = await rowCounts(handle.db);
    const big = await post(newSource({ text: "word ".repeat(220_000) }));
    expect(big.status).toBe(413);
    expect(big.body.error.message).toMatch(/1 MB/);
    const empty = await post(newSource({ text: "   \n " }));
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues[0].path).toBe("text");
    const binary = await post(newSource({ text: "PK\u0003\u0004\u0000\u0000binary" }));
    expect(binary.status).toBe(400);
    expect(binary.body.error.message).toMatch(/binary/);
    const missing = await post(newSource({ title: "" }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0].path).toBe("title");
    const anonymous = await call(r.sources.POST, "POST", "/api/v1/sources", { body: newSource() });
    expect(anonymous.status).toBe(401);
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
    expect(copy.body.duplicateOf.id).toBe(first.body.source.id);
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
      expect(response.body.duplicateOf.how, file).toBe("near-duplicate");
    }
  });
});

describe("POST /api/v1/extract", () => {
  it("returns candidates with offsets into the text, and stores nothing", async () => {
    const before = await rowCounts(handle.db);
    const response = await call(r.extract.POST, "POST", "/api/v1/extract", { body: { text: ARTICLE } });
    expect(response.status).toBe(200);
    for (const candidate of response.body.candidates) {
      expect(ARTICLE.slice(candidate.start, candidate.end)).toBe(candidate.sentence);
    }
    const conditional = response.body.candidates.find((c: { conditional?: unknown }) => c.conditional);
    expect(conditional.conditional.condition).toMatch(/killed/);
    expect(await rowCounts(handle.db)).toEqual(before);
    const bad = await call(r.extract.POST, "POST", "/api/v1/extract", { body: { words: "x" } });
    expect(bad.status).toBe(400);
  });
});

describe("a question drafted from a found forecast", () => {
  it("links the excerpt with the author's implied probability, recomputed on the server", async () => {
    const created = await post(newSource({ title: "For drafting", text: `${ARTICLE}\n\nA unique line for hashing.` }));
    const candidate = created.body.candidates.find((c: { sentence: string }) => c.sentence.includes("truce"));
    const question = await call(r.questions.POST, "POST", "/api/v1/questions", {
      key,
      body: {
        title: "Will ISIS and al-Qaeda agree a truce by 2027-06-01?",
        resolutionCriteria: "Yes if both groups announce a ceasefire, reported by two independent outlets.",
        closeAt: new Date(Date.now() + 200 * 86400_000).toISOString(),
        resolveBy: new Date(Date.now() + 230 * 86400_000).toISOString(),
        themes: ["truce"],
        fromExcerpt: { sourceId: created.body.source.id, start: candidate.start, end: candidate.end },
      },
    });
    expect(question.status).toBe(201);
    expect(question.body.excerpts).toHaveLength(1);
    expect(question.body.excerpts[0].impliedProbability).toBe(candidate.probability);

    const wrong = await call(r.questions.POST, "POST", "/api/v1/questions", {
      key,
      body: {
        title: "Will ISIS and al-Qaeda agree a truce by 2027-06-01?",
        resolutionCriteria: "Yes if both groups announce a ceasefire, reported by two independent outlets.",
        closeAt: new Date(Date.now() + 200 * 86400_000).toISOString(),
        resolveBy: new Date(Date.now() + 230 * 86400_000).toISOString(),
        fromExcerpt: { sourceId: created.body.source.id, start: 0, end: 5 },
      },
    });
    expect(wrong.status).toBe(400);
  });
});
