// The forecasting loop through the real /api/v1 handlers on a real seeded SQLite file:
// create a question, forecast, revise, read the aggregate, resolve, read scores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { brierScore, logScore, timeAveragedBrier } from "@/lib/forecasting";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/lib/seed/load";
import { call } from "../support/api-client";
import { createTestDb, rowCounts, type TestDb } from "../support/test-db";

let handle: TestDb;
let admin: { id: string; key: string };
let alice: { id: string; key: string };
let bob: { id: string; key: string };
let r: {
  questions: typeof import("@/app/api/v1/questions/route");
  forecasts: typeof import("@/app/api/v1/questions/[id]/forecasts/route");
  aggregate: typeof import("@/app/api/v1/questions/[id]/aggregate/route");
  resolution: typeof import("@/app/api/v1/questions/[id]/resolution/route");
  scores: typeof import("@/app/api/v1/questions/[id]/scores/route");
  trackRecord: typeof import("@/app/api/v1/me/track-record/route");
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
  admin = await user("admin@example.org", "Ada Admin");
  alice = await user("alice@example.org", "Alice");
  bob = await user("bob@example.org", "Bob");
  r = {
    questions: await import("@/app/api/v1/questions/route"),
    forecasts: await import("@/app/api/v1/questions/[id]/forecasts/route"),
    aggregate: await import("@/app/api/v1/questions/[id]/aggregate/route"),
    resolution: await import("@/app/api/v1/questions/[id]/resolution/route"),
    scores: await import("@/app/api/v1/questions/[id]/scores/route"),
    trackRecord: await import("@/app/api/v1/me/track-record/route"),
  };
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

const inAYear = () => new Date(Date.now() + 365 * 86400_000).toISOString();
const newQuestion = (overrides: Record<string, unknown> = {}) => ({
  title: "Will ISIS and al-Qaeda announce a formal truce before 2028?",
  resolutionCriteria: "Yes if both groups' official media announce a ceasefire or non-aggression pact.",
  closeAt: inAYear(),
  resolveBy: inAYear(),
  themes: ["truce"],
  ...overrides,
});

/** Closes a question now, as if its forecasting window had just run out (creators resolve from then on). */
const closeNow = (id: string) => handle.db.question.update({ where: { id }, data: { closeAt: new Date() } });

async function createQuestion(key: string, overrides: Record<string, unknown> = {}) {
  const response = await call(r.questions.POST, "POST", "/api/v1/questions", { key, body: newQuestion(overrides) });
  expect(response.status).toBe(201);
  return response.body as { id: string; title: string; options: { id: string; label: string }[] };
}

describe("accounts and credentials", () => {
  it("makes the first account the administrator", async () => {
    const first = await handle.db.user.findUniqueOrThrow({ where: { id: admin.id } });
    const second = await handle.db.user.findUniqueOrThrow({ where: { id: alice.id } });
    expect(first.role).toBe("ADMIN");
    expect(second.role).toBe("USER");
  });

  it("stores API keys hashed, never in clear", async () => {
    const stored = await handle.db.apiKey.findMany({ where: { userId: alice.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.keyHash).not.toContain(alice.key);
    expect(JSON.stringify(stored)).not.toContain(alice.key);
  });

  it("answers 401 without credentials and with an unknown key", async () => {
    const anonymous = await call(r.questions.POST, "POST", "/api/v1/questions", { body: newQuestion() });
    expect(anonymous.status).toBe(401);
    const wrong = await call(r.questions.POST, "POST", "/api/v1/questions", { key: "fw_nope", body: newQuestion() });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("unauthorized");
  });
});

describe("POST /api/v1/questions", () => {
  it("creates binary and multiple-choice questions", async () => {
    const binary = await createQuestion(alice.key);
    expect(binary.id).toMatch(/^c/);
    const multi = await createQuestion(alice.key, {
      title: "What will ISIS–al-Qaeda relations be at the end of 2027?",
      type: "MULTIPLE_CHOICE",
      options: ["Merged", "Truce", "Rivalry"],
    });
    expect(multi.options.map((option) => option.label)).toEqual(["Merged", "Truce", "Rivalry"]);
  });

  it("rejects bad input naming the field, and writes nothing", async () => {
    const before = await rowCounts(handle.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: "" }, "title"],
      [{ closeAt: "not a date" }, "closeAt"],
      [{ type: "MULTIPLE_CHOICE", options: ["Only one"] }, "options"],
      [{ themes: ["weather"] }, "themes.0"],
      [{ resolveBy: "2020-01-01" }, "resolveBy"],
    ];
    for (const [override, path] of cases) {
      const response = await call(r.questions.POST, "POST", "/api/v1/questions", {
        key: alice.key,
        body: newQuestion(override),
      });
      expect(response.status, JSON.stringify(override)).toBe(400);
      expect(response.body.error.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    }
    const malformed = await call(r.questions.POST, "POST", "/api/v1/questions", { key: alice.key, rawBody: "{" });
    expect(malformed.status).toBe(400);
    expect(await rowCounts(handle.db)).toEqual(before);
  });
});

describe("forecasts", () => {
  it("appends forecasts and rejects every bad probability with nothing written", async () => {
    const question = await createQuestion(alice.key);
    const post = (body: unknown, key = alice.key) =>
      call(r.forecasts.POST, "POST", `/api/v1/questions/${question.id}/forecasts`, {
        key,
        body,
        params: { id: question.id },
      });
    expect((await post({ probability: 0.35, rationale: "No sign of talks." })).status).toBe(201);
    expect((await post({ probability: 0.4 })).status).toBe(201);

    const before = await rowCounts(handle.db);
    for (const bad of [{ probability: 0 }, { probability: 1 }, { probability: 1.5 }, { probability: "abc" }, {}]) {
      const response = await post(bad);
      expect(response.status, JSON.stringify(bad)).toBe(400);
      expect(response.body.error.issues[0].path).toBe("probability");
    }
    expect(await rowCounts(handle.db)).toEqual(before);

    const mine = await call(r.forecasts.GET, "GET", "", { key: alice.key, params: { id: question.id } });
    expect(mine.body.items.map((f: { probability: number }) => f.probability)).toEqual([0.35, 0.4]);
    expect(mine.body.items[0].rationale).toBe("No sign of talks.");
  });

  it("validates multiple-choice distributions: unknown option, sum of 90%", async () => {
    const question = await createQuestion(alice.key, {
      type: "MULTIPLE_CHOICE",
      options: ["Merged", "Truce", "Rivalry"],
    });
    const [a, b, c] = question.options.map((option) => option.id) as [string, string, string];
    const post = (body: unknown) =>
      call(r.forecasts.POST, "POST", "", { key: bob.key, body, params: { id: question.id } });
    const before = await rowCounts(handle.db);
    const ninety = await post({ probabilities: { [a]: 0.3, [b]: 0.3, [c]: 0.3 } });
    expect(ninety.status).toBe(400);
    expect(ninety.body.error.message).toMatch(/sum to 100%/);
    const unknown = await post({ probabilities: { [a]: 0.5, [b]: 0.3, cunknownoption000000000000: 0.2 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/unknown option/);
    expect(await rowCounts(handle.db)).toEqual(before);
    const ok = await post({ probabilities: { [a]: 0.2, [b]: 0.3, [c]: 0.5 } });
    expect(ok.status).toBe(201);
    expect(ok.body.probabilities).toEqual({ [a]: 0.2, [b]: 0.3, [c]: 0.5 });
  });

  it("hides others' forecasts and the aggregate from whoever has not forecast", async () => {
    const question = await createQuestion(alice.key, { hideForecastsUntilForecast: true });
    await call(r.forecasts.POST, "POST", "", {
      key: alice.key,
      body: { probability: 0.7 },
      params: { id: question.id },
    });
    const bobView = await call(r.forecasts.GET, "GET", "", { key: bob.key, params: { id: question.id } });
    expect(bobView.body.hidden).toBe(true);
    expect(bobView.body.items).toEqual([]);
    const anonymous = await call(r.forecasts.GET, "GET", "", { params: { id: question.id } });
    expect(anonymous.body.items).toEqual([]);
    const aggregate = await call(r.aggregate.GET, "GET", `/api/v1/questions/${question.id}/aggregate`, {
      key: bob.key,
      params: { id: question.id },
    });
    expect(aggregate.body.hidden).toBe(true);
    expect(aggregate.body.points).toEqual([]);
    expect(JSON.stringify(aggregate.body)).not.toContain("0.7");

    await call(r.forecasts.POST, "POST", "", { key: bob.key, body: { probability: 0.2 }, params: { id: question.id } });
    const after = await call(r.forecasts.GET, "GET", "", { key: bob.key, params: { id: question.id } });
    expect(after.body.hidden).toBe(false);
    expect(after.body.items).toHaveLength(2);
  });

  it("pages the forecast log, oldest first, 50 at a time by default, without repeating or skipping one", async () => {
    const question = await createQuestion(alice.key);
    const start = Date.now() - 200 * 60_000;
    await handle.db.forecast.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        questionId: question.id,
        userId: i % 2 ? alice.id : bob.id,
        probability: (i % 10) / 10 + 0.05,
        mode: "LIVE" as const,
        // Pairs of forecasts share an instant, so the id must break ties for the cursor.
        createdAt: new Date(start + Math.floor(i / 2) * 60_000),
      })),
    });
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { id: string; createdAt: string }[]; nextCursor: string | null } } =
        await call(
          r.forecasts.GET,
          "GET",
          `/api/v1/questions/${question.id}/forecasts${cursor ? `?cursor=${cursor}` : ""}`,
          { key: bob.key, params: { id: question.id } },
        );
      expect(page.status).toBe(200);
      sizes.push(page.body.items.length);
      seen.push(...page.body.items.map((item) => item.id));
      const times = page.body.items.map((item) => item.createdAt);
      expect(times).toEqual([...times].sort());
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen).size).toBe(120);
    const stored = await handle.db.forecast.findMany({
      where: { questionId: question.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(seen).toEqual(stored.map((row) => row.id));

    const small = await call(r.forecasts.GET, "GET", `/api/v1/questions/${question.id}/forecasts?limit=7`, {
      key: bob.key,
      params: { id: question.id },
    });
    expect(small.body.items).toHaveLength(7);
    for (const [query, message] of [
      ["limit=0", "limit must be at least 1"],
      ["limit=101", "limit must be at most 100"],
      ["cursor=nonsense", "cursor is not a cursor this API returned"],
    ]) {
      const refused = await call(r.forecasts.GET, "GET", `/api/v1/questions/${question.id}/forecasts?${query}`, {
        params: { id: question.id },
      });
      expect(refused.status, query).toBe(400);
      expect(JSON.stringify(refused.body), query).toContain(message);
    }
  });

  it("serves the aggregate series by method, and rejects an unknown method", async () => {
    const question = await createQuestion(alice.key);
    for (const [key, p] of [
      [alice.key, 0.2],
      [bob.key, 0.4],
      [admin.key, 0.9],
    ] as const) {
      await call(r.forecasts.POST, "POST", "", { key, body: { probability: p }, params: { id: question.id } });
    }
    const get = (method: string) =>
      call(r.aggregate.GET, "GET", `/api/v1/questions/${question.id}/aggregate?method=${method}`, {
        params: { id: question.id },
      });
    const median = await get("median");
    // The same shape as a forecast: a yes/no question's points carry `probability`, and no options.
    expect(median.body.type).toBe("BINARY");
    expect(median.body.options).toEqual([]);
    expect(median.body.points.map((point: { probability: number }) => point.probability)).toEqual([
      0.2, 0.30000000000000004, 0.4,
    ]);
    const mean = await get("mean");
    expect(mean.body.points.at(-1).probability).toBeCloseTo(0.5, 10);
    expect((await get("vibes")).status).toBe(400);
  });
});

describe("resolution and scores", () => {
  it("lets only an admin resolve an open question (not even its creator); forbids forecasting afterwards", async () => {
    const question = await createQuestion(alice.key);
    await call(r.forecasts.POST, "POST", "", { key: bob.key, body: { probability: 0.3 }, params: { id: question.id } });
    const resolve = (key: string, body: Record<string, unknown>) =>
      call(r.resolution.POST, "POST", "", { key, body, params: { id: question.id } });
    // The event happens after the forecast: forecasts made after the event are not scored.
    const body = { outcome: "NO", occurredAt: new Date().toISOString(), note: "No truce was announced." };

    const before = await rowCounts(handle.db);
    expect((await resolve(bob.key, body)).status).toBe(403);
    // Still open: resolving it early needs an administrator, so a creator cannot settle their own scores.
    const early = await resolve(alice.key, body);
    expect(early.status).toBe(403);
    expect(early.body.error.message).toMatch(/still open.*administrator/);
    expect((await resolve(admin.key, { ...body, outcome: "MAYBE" })).status).toBe(400);
    expect((await resolve(admin.key, { ...body, occurredAt: "2999-01-01" })).status).toBe(400);
    expect(await rowCounts(handle.db)).toEqual(before);

    const first = await resolve(admin.key, body);
    expect(first.status).toBe(201);
    expect(first.body.scoredForecasters).toBe(1);

    const late = await call(r.forecasts.POST, "POST", "", {
      key: bob.key,
      body: { probability: 0.5 },
      params: { id: question.id },
    });
    expect(late.status).toBe(409);

    const again = await resolve(admin.key, { ...body, outcome: "YES" });
    expect(again.status).toBe(409);
    const withReason = await resolve(admin.key, {
      ...body,
      outcome: "YES",
      reason: "The pact was signed in December.",
    });
    expect(withReason.status).toBe(201);
    const history = await handle.db.resolution.findMany({ where: { questionId: question.id } });
    expect(history.map((entry) => entry.outcome).sort()).toEqual(["NO", "YES"]);

    const scores = await call(r.scores.GET, "GET", "", { key: bob.key, params: { id: question.id } });
    expect(scores.body.items[0].finalBrier).toBeCloseTo(brierScore(0.3, 1), 12);
  });

  it("scores every forecaster exactly as lib/forecasting does", async () => {
    const question = await createQuestion(alice.key);
    const t0 = new Date(Date.now() - 10 * 86400_000);
    await handle.db.question.update({ where: { id: question.id }, data: { openAt: t0 } });
    // Forecasts at known times: Alice 80% from day 0, 40% from day 6; Bob 30% from day 3.
    const at = (days: number) => new Date(t0.getTime() + days * 86400_000);
    for (const [userId, p, day] of [
      [alice.id, 0.8, 0],
      [bob.id, 0.3, 3],
      [alice.id, 0.4, 6],
    ] as const) {
      await handle.db.forecast.create({
        data: { questionId: question.id, userId, probability: p, createdAt: at(day) },
      });
    }
    const occurredAt = at(9);
    await closeNow(question.id); // after the event and every forecast: the scores do not change
    const resolved = await call(r.resolution.POST, "POST", "", {
      key: alice.key,
      body: { outcome: "NO", occurredAt: occurredAt.toISOString(), note: "It did not happen." },
      params: { id: question.id },
    });
    expect(resolved.status).toBe(201);
    const { body } = await call(r.scores.GET, "GET", "", { key: bob.key, params: { id: question.id } });
    const aliceScore = body.items.find((item: { userId: string }) => item.userId === alice.id);
    const expected = timeAveragedBrier(
      [
        { t: at(0).getTime(), p: 0.8 },
        { t: at(6).getTime(), p: 0.4 },
      ],
      0,
      occurredAt.getTime(),
    );
    expect(expected).toBeCloseTo(0.48, 12); // Good Judgment Open's published example.
    expect(aliceScore.timeAvgBrier).toBeCloseTo(expected, 12);
    expect(aliceScore.finalBrier).toBeCloseTo(brierScore(0.4, 0), 12);
    expect(aliceScore.logScore).toBeCloseTo(logScore(0.4, 0), 12);
    expect(aliceScore.coverage).toBe(1);
    expect(aliceScore.forecastCount).toBe(2);

    const record = await call(r.trackRecord.GET, "GET", "/api/v1/me/track-record", { key: alice.key });
    expect(record.status).toBe(200);
    expect(record.body.questions.map((q: { questionId: string }) => q.questionId)).toContain(question.id);
    expect(record.body.calibration).toHaveLength(10);
    // The means the track-record page shows come from the API, computed once in lib/scoring.
    const questions: { timeAvgBrier: number; relativeBrier: number | null }[] = record.body.questions;
    const relative = questions.flatMap((q) => (q.relativeBrier === null ? [] : [q.relativeBrier]));
    expect(record.body.summary.questionsScored).toBe(questions.length);
    expect(record.body.summary.meanTimeAvgBrier).toBeCloseTo(
      questions.reduce((sum, q) => sum + q.timeAvgBrier, 0) / questions.length,
      12,
    );
    expect(record.body.summary.questionsWithRelativeBrier).toBe(relative.length);
    if (relative.length > 0) {
      expect(record.body.summary.meanRelativeBrier).toBeCloseTo(
        relative.reduce((sum, value) => sum + value, 0) / relative.length,
        12,
      );
    }
    expect(record.body.overTime.find((point: { questionId: string }) => point.questionId === question.id).title).toBe(
      question.title,
    );
  });

  it("does not score AMBIGUOUS or ANNULLED questions", async () => {
    const question = await createQuestion(alice.key);
    await call(r.forecasts.POST, "POST", "", { key: bob.key, body: { probability: 0.3 }, params: { id: question.id } });
    await closeNow(question.id);
    await call(r.resolution.POST, "POST", "", {
      key: alice.key,
      body: { outcome: "AMBIGUOUS", occurredAt: "2026-01-01", note: "Reports conflict." },
      params: { id: question.id },
    });
    const { body } = await call(r.scores.GET, "GET", "", { params: { id: question.id } });
    expect(body.scored).toBe(false);
    expect(body.items).toEqual([]);
  });

  it("annuls the branch whose condition failed", async () => {
    const condition = await createQuestion(alice.key, { title: "Will the ISIS leader be killed before 2028?" });
    const branch = await createQuestion(alice.key, {
      title: "If the ISIS leader is killed, will the groups merge before 2028?",
      conditionQuestionId: condition.id,
      conditionOutcome: "YES",
    });
    await closeNow(condition.id);
    const resolved = await call(r.resolution.POST, "POST", "", {
      key: alice.key,
      body: { outcome: "NO", occurredAt: "2026-01-01", note: "He is alive." },
      params: { id: condition.id },
    });
    expect(resolved.body.annulledQuestionIds).toEqual([branch.id]);
    const stored = await handle.db.question.findUniqueOrThrow({
      where: { id: branch.id },
      include: { currentResolution: true },
    });
    expect(stored.currentResolution?.outcome).toBe("ANNULLED");
  });

  it("answers 404 for unknown questions and 400 for malformed ids", async () => {
    const unknown = await call(r.forecasts.POST, "POST", "", {
      key: alice.key,
      body: { probability: 0.5 },
      params: { id: "cnotarealquestionid0000000" },
    });
    expect(unknown.status).toBe(404);
    const malformed = await call(r.scores.GET, "GET", "", { params: { id: "x" } });
    expect(malformed.status).toBe(400);
  });
});
