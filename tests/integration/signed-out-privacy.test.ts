// Signed out, a public question shows the crowd, not the people: no names, no individual
// forecasts or scores, through the API and the page's data alike, unless the install sets
// PUBLIC_FORECASTERS=true.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { loadQuestionSeries } from "@/lib/forecasts/series";
import { getQuestion } from "@/lib/questions/queries";
import { seedDatabase } from "@/lib/seed/load";
import { createUser } from "@/lib/users/create-user";
import { call } from "../support/api-client";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let alice: { id: string; key: string };
let bob: { id: string; key: string };
let questionId: string;
let r: {
  questions: typeof import("@/app/api/v1/questions/route");
  forecasts: typeof import("@/app/api/v1/questions/[id]/forecasts/route");
  aggregate: typeof import("@/app/api/v1/questions/[id]/aggregate/route");
  resolution: typeof import("@/app/api/v1/questions/[id]/resolution/route");
  scores: typeof import("@/app/api/v1/questions/[id]/scores/route");
};

async function user(email: string, name: string) {
  const created = await createUser(handle.db, { email, name });
  return { id: created.id, key: (await createApiKey(handle.db, created.id, "test")).key };
}

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  const admin = await user("admin@example.org", "Ada Admin");
  alice = await user("alice@example.org", "Alice Liddell");
  bob = await user("bob@example.org", "Bob Marley");
  r = {
    questions: await import("@/app/api/v1/questions/route"),
    forecasts: await import("@/app/api/v1/questions/[id]/forecasts/route"),
    aggregate: await import("@/app/api/v1/questions/[id]/aggregate/route"),
    resolution: await import("@/app/api/v1/questions/[id]/resolution/route"),
    scores: await import("@/app/api/v1/questions/[id]/scores/route"),
  };
  const year = new Date(Date.now() + 365 * 86400_000).toISOString();
  const created = await call(r.questions.POST, "POST", "", {
    key: alice.key,
    body: {
      title: "Will ISIS and al-Qaeda announce a formal truce before 2028?",
      resolutionCriteria: "Yes if both groups' official media announce a ceasefire or non-aggression pact.",
      closeAt: year,
      resolveBy: year,
      themes: ["truce"],
    },
  });
  expect(created.body).toMatchObject({ type: "BINARY" });
  questionId = created.body.id;
  for (const [who, probability] of [
    [alice, 0.7],
    [bob, 0.2],
  ] as const) {
    const made = await call(r.forecasts.POST, "POST", "", {
      key: who.key,
      body: { probability, rationale: `${who === alice ? "Alice" : "Bob"}'s reasons` },
      params: { id: questionId },
    });
    expect(made.body).toMatchObject({ probability });
  }
  await handle.db.question.update({ where: { id: questionId }, data: { closeAt: new Date() } });
  const resolved = await call(r.resolution.POST, "POST", "", {
    key: admin.key,
    body: { outcome: "NO", occurredAt: new Date().toISOString(), note: "No truce was announced." },
    params: { id: questionId },
  });
  expect(resolved.body).toMatchObject({ outcome: "NO" });
});

afterEach(() => {
  delete process.env.PUBLIC_FORECASTERS;
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

const names = /Alice|Bob/;

describe("a signed-out visitor", () => {
  it("gets no individual forecasts from the API, with the reason", async () => {
    const page = await call(r.forecasts.GET, "GET", "", { params: { id: questionId } });
    expect(page.status).toBe(200);
    expect(page.body.items).toEqual([]);
    expect(page.body.hidden).toBe(true);
    expect(page.body.hiddenReason).toMatch(/Sign in/);
    expect(JSON.stringify(page.body)).not.toMatch(names);
  });

  it("gets the scores' summary, not each forecaster's row", async () => {
    const scores = await call(r.scores.GET, "GET", "", { params: { id: questionId } });
    expect(scores.status).toBe(200);
    expect(scores.body.items).toEqual([]);
    expect(scores.body.summary.forecasters).toBe(2);
    // Time-averaged over the window: both had a standing forecast; the mean lies between them.
    expect(scores.body.summary.meanTimeAvgBrier).toBeGreaterThan(0.04 - 1e-9);
    expect(scores.body.summary.meanTimeAvgBrier).toBeLessThan(0.49 + 1e-9);
    expect(scores.body.hiddenReason).toMatch(/Sign in/);
    expect(JSON.stringify(scores.body)).not.toMatch(names);
  });

  it("still sees the crowd's line", async () => {
    const aggregate = await call(r.aggregate.GET, "GET", "", { params: { id: questionId } });
    expect(aggregate.status).toBe(200);
    expect(aggregate.body.points.at(-1).forecasters).toBe(2);
  });

  it("sees no names in the question page's series", async () => {
    const question = await getQuestion(handle.db, questionId, null);
    const series = await loadQuestionSeries(handle.db, null, question, "mean");
    expect(series.individualsHidden).toBe(true);
    expect(series.others).toEqual([]);
    expect(series.othersTotal).toBe(2);
    expect(series.aggregate.at(-1)?.probs[0]).toBeCloseTo(0.45, 12);
  });

  it("sees everything when the install makes forecasters public", async () => {
    process.env.PUBLIC_FORECASTERS = "true";
    const page = await call(r.forecasts.GET, "GET", "", { params: { id: questionId } });
    expect(page.body.hidden).toBe(false);
    expect(page.body.items.map((item: { userName: string }) => item.userName).sort()).toEqual([
      "Alice Liddell",
      "Bob Marley",
    ]);
    const scores = await call(r.scores.GET, "GET", "", { params: { id: questionId } });
    expect(scores.body.items).toHaveLength(2);
    expect(scores.body.hiddenReason).toBeUndefined();
  });
});

describe("a signed-in member", () => {
  it("sees names, forecasts and scores", async () => {
    const page = await call(r.forecasts.GET, "GET", "", { key: bob.key, params: { id: questionId } });
    expect(page.body.hidden).toBe(false);
    expect(page.body.items).toHaveLength(2);
    const scores = await call(r.scores.GET, "GET", "", { key: bob.key, params: { id: questionId } });
    expect(scores.body.items.map((item: { userName: string }) => item.userName).sort()).toEqual([
      "Alice Liddell",
      "Bob Marley",
    ]);
    expect(scores.body.summary.forecasters).toBe(2);
  });
});
