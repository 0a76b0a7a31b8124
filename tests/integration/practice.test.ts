// Practice runs through the real /api/v1 handlers on a real seeded SQLite file: questions come
// as of their date with nothing later, the outcome appears only once answered, answering twice
// is a 409, runs are private, and practice forecasts never touch live track records.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { brierScore, calibrationBins, logScore, multiBrierScore } from "@/lib/forecasting";
import { compareWithEarlierRuns, listPracticeRuns } from "@/lib/practice/history";
import { recomputeQuestionScores } from "@/lib/scoring/recompute";
import { createUser } from "@/lib/users/create-user";
import { EVENTS } from "@/lib/seed/data/events";
import { QUESTIONS } from "@/lib/seed/data/questions";
import { seedDatabase } from "@/lib/seed/load";
import { call } from "../support/api-client";
import { createTestDb, rowCounts, type TestDb } from "../support/test-db";

type AsOfQuestion = {
  id: string;
  title: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  asOf: string;
  options: { id: string; label: string }[];
  condition: { title: string; requiredOutcome: string } | null;
  excerpts: { source: { publishedAt: string } }[];
};

let handle: TestDb;
let alice: { id: string; key: string };
let bob: { id: string; key: string };
let r: {
  start: typeof import("@/app/api/v1/practice/route");
  run: typeof import("@/app/api/v1/practice/[runId]/route");
  answers: typeof import("@/app/api/v1/practice/[runId]/answers/route");
  trackRecord: typeof import("@/app/api/v1/me/track-record/route");
};

async function user(email: string, name: string) {
  const created = await createUser(handle.db, { email, name });
  return { id: created.id, key: (await createApiKey(handle.db, created.id, "test")).key };
}

const start = (key: string | undefined, body: unknown) =>
  call(r.start.POST, "POST", "/api/v1/practice", { ...(key ? { key } : {}), body });
const getRun = (key: string, runId: string) =>
  call(r.run.GET, "GET", `/api/v1/practice/${runId}`, { key, params: { runId } });
const answer = (key: string, runId: string, body: unknown) =>
  call(r.answers.POST, "POST", `/api/v1/practice/${runId}/answers`, { key, body, params: { runId } });

/** Everything that would give an outcome away: resolution notes, event summaries, field names. */
const seededQuestion = (title: string) => QUESTIONS.find((q) => q.title === title)!;
function expectNoOutcome(json: unknown, titles: string[]) {
  const text = JSON.stringify(json);
  for (const key of ['"outcome"', '"occurredAt"', '"impliedProbability"', '"crowd"', '"yourScore"', '"evidence"']) {
    expect(text, key).not.toContain(key);
  }
  for (const title of titles) {
    const note = seededQuestion(title).resolution?.note;
    if (note) expect(text).not.toContain(note.slice(0, 40));
  }
  for (const event of EVENTS) expect(text).not.toContain(event.summary.slice(0, 40));
}

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  alice = await user("alice@example.org", "Alice");
  bob = await user("bob@example.org", "Bob");
  r = {
    start: await import("@/app/api/v1/practice/route"),
    run: await import("@/app/api/v1/practice/[runId]/route"),
    answers: await import("@/app/api/v1/practice/[runId]/answers/route"),
    trackRecord: await import("@/app/api/v1/me/track-record/route"),
  };
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("starting a run", () => {
  it("needs credentials and valid input", async () => {
    expect((await start(undefined, { theme: "truce" })).status).toBe(401);
    const bad = await start(alice.key, { theme: "weather" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe("theme");
    const both = await start(alice.key, { theme: "truce", questionIds: ["cabcdefghijklmnopqrstuvwx"] });
    expect(both.status).toBe(400);
    const unknown = await start(alice.key, { questionIds: ["cabcdefghijklmnopqrstuvwx"] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0].path).toBe("questionIds.0");
    const empty = await start(alice.key, { theme: "defections" });
    expect(empty.status).toBe(400);
  });

  it("leaves out questions the player wrote: whoever wrote and resolved one knows its answer", async () => {
    const writer = await user("writer@example.org", "Wren");
    const resolved = await handle.db.question.findFirstOrThrow({
      where: {
        seedKey: { not: null },
        openAt: { gte: new Date("2017-01-01"), lt: new Date("2018-01-01") },
        currentResolution: { outcome: "YES" },
      },
      select: { id: true, createdById: true },
    });
    await handle.db.question.update({ where: { id: resolved.id }, data: { createdById: writer.id } });
    try {
      const own = await start(writer.key, { questionIds: [resolved.id] });
      expect(own.status).toBe(400);
      const defaults = await start(writer.key, {});
      expect(defaults.status).toBe(201);
      expect((defaults.body.questions as AsOfQuestion[]).map((q) => q.id)).not.toContain(resolved.id);
      const someoneElse = await start(bob.key, { questionIds: [resolved.id] });
      expect(someoneElse.status).toBe(201);
    } finally {
      await handle.db.question.update({ where: { id: resolved.id }, data: { createdById: resolved.createdById } });
    }
  });

  it("refuses unresolved questions", async () => {
    const open = await handle.db.question.findUniqueOrThrow({ where: { seedKey: "q-joint-operation-by-2018-12-31" } });
    const response = await start(alice.key, { questionIds: [open.id] });
    expect(response.status).toBe(400);
  });

  it("defaults to every resolved 2017 question, each as of its date", async () => {
    const response = await start(alice.key, {});
    expect(response.status).toBe(201);
    const questions = response.body.questions as AsOfQuestion[];
    const scorable = (outcome: unknown) => typeof outcome === "object" || outcome === "YES" || outcome === "NO";
    const expected = QUESTIONS.filter(
      (q) => q.resolution && scorable(q.resolution.outcome) && q.openAt.startsWith("2017"),
    );
    expect(questions.map((q) => q.title).sort()).toEqual(expected.map((q) => q.title).sort());
    for (const question of questions) {
      expect(question.asOf.slice(0, 10)).toBe(seededQuestion(question.title).openAt);
      for (const excerpt of question.excerpts) expect(excerpt.source.publishedAt <= question.asOf).toBe(true);
    }
    expectNoOutcome(
      response.body,
      questions.map((q) => q.title),
    );
  });
});

describe("a three-question truce run", () => {
  let runId: string;
  let questions: AsOfQuestion[];

  it("starts with the truce questions and no outcome anywhere", async () => {
    const response = await start(alice.key, { theme: "truce" });
    expect(response.status).toBe(201);
    runId = response.body.runId;
    questions = response.body.questions;
    expect(questions).toHaveLength(3);
    expect(questions.map((q) => q.type).sort()).toEqual(["BINARY", "BINARY", "MULTIPLE_CHOICE"]);
    // The conditional question names its condition, never how the condition resolved.
    const conditional = questions.find((q) => q.condition)!;
    expect(conditional.condition!.title).toMatch(/Baghdadi/);
    expectNoOutcome(
      response.body,
      questions.map((q) => q.title),
    );

    const run = await getRun(alice.key, runId);
    expect(run.status).toBe(200);
    expect(run.body.progress).toEqual({ answered: 0, total: 3, finished: false });
    expect(run.body.summary).toBeNull();
    expectNoOutcome(
      run.body,
      questions.map((q) => q.title),
    );
  });

  it("keeps the run private to its owner", async () => {
    expect((await getRun(bob.key, runId)).status).toBe(404);
    const truce = questions.find((q) => q.title.startsWith("Will ISIS and al-Qaeda announce a truce"))!;
    expect((await answer(bob.key, runId, { questionId: truce.id, probability: 0.5 })).status).toBe(404);
    expect((await call(r.run.GET, "GET", "", { params: { runId } })).status).toBe(401);
    expect((await getRun(alice.key, "not-an-id")).status).toBe(400);
  });

  it("rejects bad answers naming the field, with nothing written", async () => {
    const before = await rowCounts(handle.db);
    const truce = questions.find((q) => q.type === "BINARY")!;
    const multi = questions.find((q) => q.type === "MULTIPLE_CHOICE")!;
    const other = await handle.db.question.findUniqueOrThrow({ where: { seedKey: "q-hts-renamed-by-2019-12-31" } });
    const cases: [unknown, string][] = [
      [{ questionId: truce.id, probability: 1.5 }, "probability"],
      [{ questionId: truce.id }, "probability"],
      [{ probability: 0.3 }, "questionId"],
      [{ questionId: other.id, probability: 0.3 }, "questionId"],
      [{ questionId: multi.id, probability: 0.3 }, "probabilities"],
      [{ questionId: truce.id, probability: 0.3, extra: true }, "(root)"],
    ];
    for (const [body, path] of cases) {
      const response = await answer(alice.key, runId, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.issues[0].path, JSON.stringify(body)).toBe(path);
    }
    expect(await rowCounts(handle.db)).toEqual(before);
  });

  it("reveals the outcome, the authors, the crowd and your score only after the answer; twice is a 409", async () => {
    const truce = questions.find((q) => q.title.startsWith("Will ISIS and al-Qaeda announce a truce"))!;
    // Two live forecasters made forecasts before the deadline: the crowd is their recency-weighted median.
    for (const [email, p, day] of [
      ["carol@example.org", 0.2, "2018-01-10"],
      ["dan@example.org", 0.4, "2018-03-10"],
    ] as const) {
      const forecaster = await createUser(handle.db, { email, name: email });
      await handle.db.forecast.create({
        data: { questionId: truce.id, userId: forecaster.id, probability: p, createdAt: new Date(day) },
      });
    }
    const trackBefore = await call(r.trackRecord.GET, "GET", "/api/v1/me/track-record", { key: alice.key });

    const response = await answer(alice.key, runId, {
      questionId: truce.id,
      probability: 0.3,
      rationale: "Rivals for leadership.",
    });
    expect(response.status).toBe(201);
    expect(response.body.outcome.outcome).toBe("NO");
    expect(response.body.yourScore.brier).toBeCloseTo(brierScore(0.3, 0), 12);
    expect(response.body.yourScore.logScore).toBeCloseTo(logScore(0.3, 0), 12);
    expect(response.body.crowd.probability).toBeCloseTo(0.3, 12);
    expect(response.body.crowd.forecasters).toBe(2);
    const magnier = response.body.authors.find((a: { cue: string }) => a.cue === "is soon expected");
    expect(magnier).toMatchObject({ author: "Elijah J. Magnier", impliedProbability: 0.75, brier: 0.5625 });
    expect(magnier.yourBrier).toBeCloseTo(0.09, 12);
    expect(response.body.progress).toEqual({ answered: 1, total: 3, finished: false });

    const stored = await handle.db.forecast.findUniqueOrThrow({ where: { id: response.body.answer.id } });
    expect(stored).toMatchObject({ mode: "PRACTICE", practiceRunId: runId, probability: 0.3 });
    expect(stored.asOf?.toISOString().slice(0, 10)).toBe("2017-10-12");

    const before = await rowCounts(handle.db);
    const again = await answer(alice.key, runId, { questionId: truce.id, probability: 0.1 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
    expect(await rowCounts(handle.db)).toEqual(before);

    // The run shows this question's outcome, and still nothing for the others.
    const run = await getRun(alice.key, runId);
    const answered = run.body.questions.find((q: { id: string }) => q.id === truce.id);
    expect(answered.reveal.outcome.outcome).toBe("NO");
    const rest = run.body.questions.filter((q: { id: string }) => q.id !== truce.id);
    for (const question of rest) {
      expect(question.answer).toBeNull();
      expect(question.reveal).toBeNull();
    }
    expectNoOutcome(
      rest,
      rest.map((q: { title: string }) => q.title),
    );

    // Live scores are untouched, even after the question's scores are recomputed.
    await handle.db.$transaction((tx) => recomputeQuestionScores(tx, truce.id));
    expect(await handle.db.questionScore.count({ where: { userId: alice.id } })).toBe(0);
    const trackAfter = await call(r.trackRecord.GET, "GET", "/api/v1/me/track-record", { key: alice.key });
    expect(trackAfter.body).toEqual(trackBefore.body);
  });

  it("reveals the claims on a question marked as not testing them fairly, unscored, with the mark's reason", async () => {
    const marked = await handle.db.question.findUniqueOrThrow({ where: { seedKey: "q-hts-renamed-by-2019-12-31" } });
    expect(marked.readingStatus).not.toBeNull();
    // An account of its own, so the other tests' run history stays as they expect it.
    const reader = await createUser(handle.db, { email: "reader@example.org", name: "Reader" });
    const { key } = await createApiKey(handle.db, reader.id, "marked");
    const run = await start(key, { questionIds: [marked.id] });
    expect(run.status).toBe(201);
    const response = await answer(key, run.body.runId, {
      questionId: marked.id,
      ...(marked.type === "BINARY" ? { probability: 0.5 } : {}),
    });
    expect(response.status).toBe(201);
    expect(response.body.authors.length).toBeGreaterThan(0);
    for (const claim of response.body.authors as { scored: boolean; brier: number | null; reason: string | null }[]) {
      expect(claim.scored).toBe(false);
      expect(claim.brier).toBeNull();
      expect(claim.reason).toContain(marked.readingReason!);
    }
  });

  it("ends with a summary: your Brier against each author and the crowd, and a calibration of the run", async () => {
    const multi = questions.find((q) => q.type === "MULTIPLE_CHOICE")!;
    const conditional = questions.find((q) => q.condition)!;
    const probabilities = Object.fromEntries(
      multi.options.map((option, i) => [option.id, [0.1, 0.1, 0.1, 0.4, 0.3][i]]),
    );
    const first = await answer(alice.key, runId, { questionId: multi.id, probabilities });
    expect(first.status).toBe(201);
    expect(first.body.yourScore.brier).toBeCloseTo(multiBrierScore([0.1, 0.1, 0.1, 0.4, 0.3], 3), 12);
    expect(first.body.crowd).toBeNull();
    const last = await answer(alice.key, runId, { questionId: conditional.id, probability: 0.2 });
    expect(last.status).toBe(201);
    expect(last.body.progress).toEqual({ answered: 3, total: 3, finished: true });

    const run = await getRun(alice.key, runId);
    expect(run.body.finishedAt).not.toBeNull();
    const summary = run.body.summary;
    const yours = [brierScore(0.3, 0), multiBrierScore([0.1, 0.1, 0.1, 0.4, 0.3], 3), brierScore(0.2, 0)];
    expect(summary.answered).toBe(3);
    expect(summary.meanBrier).toBeCloseTo(yours.reduce((a, b) => a + b) / 3, 12);
    // Knowing nothing: 50% on the two yes/no questions, a fifth on each of the five options.
    const uninformed = [0.25, multiBrierScore([0.2, 0.2, 0.2, 0.2, 0.2], 3), 0.25];
    expect(summary.uninformedBrier).toBeCloseTo(uninformed.reduce((a, b) => a + b) / 3, 12);
    expect(summary.vsCrowd).toEqual({
      questions: 1,
      crowdBrier: expect.closeTo(0.09, 12),
      yourBrier: expect.closeTo(0.09, 12),
    });
    const authors = summary.vsAuthors.map((row: { author: string }) => row.author);
    expect(authors).toEqual(["Elijah J. Magnier", "Hamdi Malik", "Tom O'Connor"]);
    const oconnor = summary.vsAuthors.find((row: { author: string }) => row.author === "Tom O'Connor");
    // O'Connor: 0.5 on a truce (you 0.3) and 0.5 on an alliance option (you 0.1); neither happened.
    expect(oconnor.claims).toBe(2);
    expect(oconnor.authorBrier).toBeCloseTo(0.25, 12);
    expect(oconnor.yourBrier).toBeCloseTo((0.09 + 0.01) / 2, 12);
    const pairs = [
      { p: 0.3, outcome: 0 },
      ...[0.1, 0.1, 0.1, 0.4, 0.3].map((p, i) => ({ p, outcome: i === 3 ? 1 : 0 })),
      { p: 0.2, outcome: 0 },
    ];
    expect(summary.pairCount).toBe(pairs.length);
    expect(summary.calibration.map((b: { n: number }) => b.n)).toEqual(calibrationBins(pairs, 5).map((b) => b.n));
  });

  it("compares runs over time", async () => {
    const second = await start(alice.key, { theme: "territory" });
    const territory = second.body.questions as AsOfQuestion[];
    for (const question of territory) {
      expect((await answer(alice.key, second.body.runId, { questionId: question.id, probability: 0.6 })).status).toBe(
        201,
      );
    }
    const viewer = { userId: alice.id, name: "Alice", role: "USER" as const, teamIds: [] };
    const runs = await listPracticeRuns(handle.db, viewer);
    const comparison = compareWithEarlierRuns(runs, second.body.runId)!;
    expect(comparison.previous?.id).toBe(runId);
    expect(comparison.change).toBeCloseTo(comparison.current.meanBrier! - comparison.previous!.meanBrier!, 12);
  });
});
