// The PostgreSQL lane: the same migrations, seed and use cases on a real PostgreSQL server.
// Runs when TEST_POSTGRES_URL names a server the tests may create databases on (CI starts one).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, revokeApiKey } from "@/lib/auth/api-keys";
import { viewerForApiKey, viewerForUser } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import { resolveDatabaseConfig } from "@/lib/db/config";
import { checkDrift, summarizeCliFailure } from "@/lib/db/migrations";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { brierScore } from "@/lib/forecasting";
import { rebuildQuestionReadModel } from "@/lib/forecasts/read-model";
import { recordForecast } from "@/lib/forecasts/record";
import { createQuestion } from "@/lib/questions/create";
import { listQuestions } from "@/lib/questions/list";
import { listQuestionsQuery } from "@/lib/questions/schemas";
import { resolveQuestion } from "@/lib/questions/resolve";
import { questionScores } from "@/lib/scoring/queries";
import { advanceSession, answerInSession, createSession, sessionView } from "@/lib/sessions/sessions";
import { createTeam, getTeam } from "@/lib/teams/teams";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/lib/seed/load";
import { QUESTIONS } from "@/lib/seed/data/questions";
import { checkRescoringAcrossLogPages } from "../support/rescoring-fixture";
import { createPostgresTestDb, type PostgresTestDb } from "../support/postgres-db";

const serverUrl = process.env.TEST_POSTGRES_URL;

describe.skipIf(!serverUrl)("PostgreSQL lane (skipped: set TEST_POSTGRES_URL to a PostgreSQL server)", () => {
  let handle: PostgresTestDb;
  let url: string;
  let db: Db;
  let admin: SignedInViewer;
  let ana: SignedInViewer;

  beforeAll(async () => {
    handle = await createPostgresTestDb(serverUrl!, "workbench_test");
    ({ db, url } = handle);
    admin = (await viewerForUser(db, (await createUser(db, { email: "admin@example.org", name: "Ada" })).id))!;
    ana = (await viewerForUser(db, (await createUser(db, { email: "ana@example.org", name: "Ana" })).id))!;
  }, 120_000);

  afterAll(async () => {
    await handle?.cleanup();
  });

  it("has no drift between the PostgreSQL schema and its migrations", () => {
    const drift = checkDrift(resolveDatabaseConfig(url));
    expect(drift.ok, summarizeCliFailure(drift.output)).toBe(true);
  });

  it("loads the seed, and searches case-insensitively", async () => {
    const all = await listQuestions(db, listQuestionsQuery.parse({ limit: 100 }), null);
    expect(all.total).toBe(QUESTIONS.length);
    const upper = await listQuestions(db, listQuestionsQuery.parse({ q: "BAGHDADI", limit: 100 }), null);
    expect(upper.total).toBeGreaterThan(0);
    expect((await seedDatabase(db, "explicit")).created.questions).toBe(0);
  });

  it("runs the forecasting loop: create, forecast, resolve, score", async () => {
    expect(admin.role).toBe("ADMIN");
    const question = await createQuestion(db, ana, {
      title: "Will the groups announce a truce before 2028?",
      resolutionCriteria: "Yes if both groups' official media announce a ceasefire or pact.",
      closeAt: new Date(Date.now() + 86400_000 * 100).toISOString(),
      resolveBy: new Date(Date.now() + 86400_000 * 130).toISOString(),
      themes: ["truce"],
    });
    await recordForecast(db, ana, question.id, { probability: 0.3, rationale: "Unlikely." });
    await recordForecast(db, admin, question.id, { probability: 0.6 });
    // The list reads the crowd's newest point in SQL written for both providers.
    const listed = await listQuestions(db, listQuestionsQuery.parse({ q: "announce a truce before 2028" }), ana);
    const row = listed.items.find((item) => item.id === question.id)!;
    expect(row.numbers.forecasters).toBe(2);
    expect(row.numbers.mine?.probs).toEqual([0.3]);
    expect(row.numbers.crowd).toHaveLength(1);
    await resolveQuestion(db, admin, question.id, {
      outcome: "NO",
      occurredAt: new Date().toISOString(),
      note: "Nothing announced.",
    });
    const scores = await questionScores(db, ana, question.id);
    expect(scores.items.find((s) => s.userId === ana.userId)?.finalBrier).toBeCloseTo(brierScore(0.3, 0), 12);
  });

  it("finds the account and teams behind an API key, and refuses a revoked one", async () => {
    const team = await createTeam(db, ana, { name: "Key holders" });
    const { key, id } = await createApiKey(db, ana.userId, "lane key");
    const viewer = await viewerForApiKey(db, key);
    expect(viewer).toMatchObject({ userId: ana.userId, name: "Ana", role: ana.role });
    expect(viewer?.teamIds).toContain(team.id);
    await revokeApiKey(db, ana.userId, id);
    expect(await viewerForApiKey(db, key)).toBeNull();
  });

  it("keeps the forecast read models equal to a rebuild from the log (yes/no and multiple choice)", async () => {
    const yesNo = await createQuestion(db, ana, {
      title: "Will a second round of talks be held before 2029?",
      resolutionCriteria: "Yes if both delegations confirm a second formal round of talks.",
      closeAt: new Date(Date.now() + 86400_000 * 100).toISOString(),
      resolveBy: new Date(Date.now() + 86400_000 * 130).toISOString(),
      themes: ["truce"],
    });
    const choice = await createQuestion(db, ana, {
      title: "Which group will claim the border town first?",
      resolutionCriteria: "The group whose claim of control is confirmed first by two wire services.",
      type: "MULTIPLE_CHOICE",
      options: ["The first group", "The second group", "Neither"],
      closeAt: new Date(Date.now() + 86400_000 * 100).toISOString(),
      resolveBy: new Date(Date.now() + 86400_000 * 130).toISOString(),
      themes: ["territory"],
    });
    await recordForecast(db, ana, yesNo.id, { probability: 0.3 });
    await recordForecast(db, admin, yesNo.id, { probability: 0.7 });
    await recordForecast(db, ana, yesNo.id, { probability: 0.45 });
    const options = (
      await db.questionOption.findMany({ where: { questionId: choice.id }, orderBy: { position: "asc" } })
    ).map((option) => option.id);
    await recordForecast(db, ana, choice.id, {
      probabilities: { [options[0]!]: 0.5, [options[1]!]: 0.3, [options[2]!]: 0.2 },
    });
    await recordForecast(db, admin, choice.id, {
      probabilities: { [options[0]!]: 0.2, [options[1]!]: 0.6, [options[2]!]: 0.2 },
    });
    for (const questionId of [yesNo.id, choice.id]) {
      const snapshot = async () => ({
        points: await db.crowdPoint.findMany({
          where: { questionId },
          orderBy: { seq: "asc" },
          select: { forecastId: true, t: true, forecasters: true, values: true, seq: true, level: true },
        }),
        latest: await db.latestForecast.findMany({
          where: { questionId },
          orderBy: { userId: "asc" },
          select: { userId: true, forecastId: true, createdAt: true, probs: true },
        }),
        counts: await db.question.findUniqueOrThrow({
          where: { id: questionId },
          select: { liveForecastCount: true, forecasterCount: true },
        }),
      });
      const written = await snapshot();
      expect(written.points.map((point) => point.seq)).toEqual(written.points.map((_, i) => i + 1));
      await rebuildQuestionReadModel(db, questionId);
      expect(await snapshot()).toEqual(written);
    }
  });

  it("rescores from the log read in pages of plain SQL, yes/no and multiple choice", async () => {
    await checkRescoringAcrossLogPages(db, "BINARY");
    await checkRescoringAcrossLogPages(db, "MULTIPLE_CHOICE");
  }, 120_000);

  it("runs a team session to its reveal", async () => {
    const team = await createTeam(db, admin, { name: "Desk" });
    await db.teamMembership.create({ data: { teamId: team.id, userId: ana.userId, role: "MEMBER" } });
    expect((await getTeam(db, admin, team.id)).memberships.map((m) => m.role)).toEqual(["OWNER", "MEMBER"]);
    const question = await db.question.findFirstOrThrow({ where: { type: "BINARY", resolvedAt: { not: null } } });
    const session = await createSession(db, admin, {
      teamId: team.id,
      title: "PostgreSQL session",
      questionIds: [question.id],
    });
    await answerInSession(db, ana, session.id, { questionId: question.id, probability: 0.2 });
    await advanceSession(db, admin, session.id);
    const view = await sessionView(db, admin, session.id);
    expect(view.step).toBe("reveal");
    expect(view.questions[0]!.round1!.answers.map((a) => a.probs[0])).toEqual([0.2]);
  });
});
