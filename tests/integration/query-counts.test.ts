// SQL statements per read, counted on the real database: the question page's data, the
// question list and the team leaderboard must cost the same number of statements whatever the
// number of forecasts, forecasters or questions behind them, so an N+1 query or a per-row
// lookup cannot come back unnoticed. (How long each statement takes is the benchmarks' job.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { SerializedSqliteAdapterFactory } from "@/lib/db/adapters/sqlite";
import type { Db } from "@/lib/db/client";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { forecastPage } from "@/lib/forecasts/page";
import { rebuildQuestionReadModel } from "@/lib/forecasts/read-model";
import { listQuestions } from "@/lib/questions/list";
import { loadQuestionPageData } from "@/lib/questions/page-data";
import { listQuestionsQuery } from "@/lib/questions/schemas";
import { getQuestion } from "@/lib/questions/queries";
import { scoresOf } from "@/lib/scoring/queries";
import { teamLeaderboard } from "@/lib/teams/leaderboard";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let counted: Db;
let statements: string[] = [];

beforeAll(() => {
  handle = createTestDb();
  const client = new PrismaClient({
    adapter: new SerializedSqliteAdapterFactory(handle.config.url),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (event) => statements.push(event.query));
  counted = client as unknown as Db;
});

afterAll(async () => {
  await counted.$disconnect();
  await handle.cleanup();
});

async function countStatements(read: () => Promise<unknown>): Promise<number> {
  statements = [];
  await read();
  const count = statements.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim())).length;
  expect(count, "the counting client saw the reads").toBeGreaterThan(0);
  return count;
}

const DAY = 86_400_000;
let seq = 0;

/** A team of `members` people, and a question of the team that each has forecast `each` times. */
async function world(members: number, each: number, type: "BINARY" | "MULTIPLE_CHOICE") {
  const tag = `w${++seq}`;
  const now = Date.now();
  const people = Array.from({ length: members }, (_, i) => ({
    id: `${tag}-user-${i}`,
    email: `${tag}-${i}@example.org`,
    name: `${tag} member ${i}`,
    emailVerified: false,
  }));
  await handle.db.user.createMany({ data: people });
  const team = await handle.db.team.create({ data: { name: `${tag} team`, slug: `${tag}-team` } });
  await handle.db.teamMembership.createMany({
    data: people.map((person, i) => ({ teamId: team.id, userId: person.id, role: i === 0 ? "OWNER" : "MEMBER" })),
  });
  const question = await handle.db.question.create({
    data: {
      title: `${tag}: will it happen?`,
      resolutionCriteria: "Resolves YES if it happens, as any reader can check in the news.",
      type,
      teamId: team.id,
      openAt: new Date(now - 30 * DAY),
      closeAt: new Date(now - DAY),
      resolveBy: new Date(now + DAY),
      ...(type === "MULTIPLE_CHOICE"
        ? { options: { create: ["A", "B", "C"].map((label, position) => ({ label, position })) } }
        : {}),
    },
    include: { options: true },
  });
  let t = now - 29 * DAY;
  for (const person of people) {
    for (let k = 0; k < each; k++) {
      t += 60_000;
      await handle.db.forecast.create({
        data: {
          questionId: question.id,
          userId: person.id,
          mode: "LIVE",
          createdAt: new Date(t),
          ...(type === "BINARY"
            ? { probability: 0.3 }
            : {
                probabilities: {
                  create: question.options.map((option, i) => ({
                    optionId: option.id,
                    probability: [0.2, 0.3, 0.5][i]!,
                  })),
                },
              }),
        },
      });
    }
  }
  // Written straight into the log, so the read models are built from it as a rebuild would.
  await rebuildQuestionReadModel(handle.db, question.id);
  const resolution = await handle.db.resolution.create({
    data: {
      questionId: question.id,
      outcome: type === "BINARY" ? "YES" : "OPTION",
      optionId: type === "BINARY" ? null : question.options[0]!.id,
      occurredAt: new Date(now - DAY),
      note: "It happened.",
    },
  });
  await handle.db.question.update({
    where: { id: question.id },
    data: { currentResolutionId: resolution.id, resolvedAt: new Date(now) },
  });
  await handle.db.questionScore.createMany({
    data: people.map((person) => ({
      questionId: question.id,
      userId: person.id,
      resolutionId: resolution.id,
      finalBrier: 0.49,
      timeAvgBrier: 0.49,
      coverage: 0.9,
      logScore: -1.2,
      forecastCount: each,
    })),
  });
  const viewer: SignedInViewer = { userId: people[0]!.id, name: people[0]!.name, role: "USER", teamIds: [team.id] };
  return { question, team, viewer };
}

describe("statements per read stay constant as the data grows", () => {
  for (const type of ["BINARY", "MULTIPLE_CHOICE"] as const) {
    it(`the question page's data (${type.toLowerCase()})`, async () => {
      const small = await world(2, 1, type);
      const large = await world(12, 5, type);
      const page = async ({ question, viewer }: Awaited<ReturnType<typeof world>>) => {
        const detail = await getQuestion(counted, question.id, viewer);
        // What the page reads (app/questions/[id]/page.tsx), and the scores API's read besides.
        await Promise.all([loadQuestionPageData(counted, viewer, detail), scoresOf(counted, viewer, detail)]);
      };
      const few = await countStatements(() => page(small));
      const many = await countStatements(() => page(large));
      expect(many).toBe(few);
      const firstPage = await countStatements(() =>
        forecastPage(counted, large.viewer, large.question.id, { limit: 50 }),
      );
      expect(firstPage).toBe(
        await countStatements(() => forecastPage(counted, small.viewer, small.question.id, { limit: 50 })),
      );
    });
  }

  it("the question list, with each row's crowd, own forecast and forecaster count", async () => {
    const first = await world(3, 2, "BINARY");
    const second = await world(2, 1, "MULTIPLE_CHOICE");
    // The viewer sees the questions of every team it is given, so the list grows with the data.
    const viewer: SignedInViewer = { ...first.viewer, teamIds: [first.team.id, second.team.id] };
    const views = {
      "signed in, default order": () => listQuestions(counted, listQuestionsQuery.parse({}), viewer),
      "signed out, default order": () => listQuestions(counted, listQuestionsQuery.parse({}), null),
      "closing soonest": () => listQuestions(counted, listQuestionsQuery.parse({ sort: "closing" }), viewer),
      "signed in, resolved only": () =>
        listQuestions(counted, listQuestionsQuery.parse({ status: "resolved" }), viewer),
    };
    const before: Record<string, number> = {};
    for (const [name, view] of Object.entries(views)) before[name] = await countStatements(view);
    // A fixed number, not only a constant one: the total; one pick per status run read until the
    // page is full (here all three, as every question of these worlds is resolved, and one when a
    // single run is asked for); the page's rows, whose relations Prisma reads one statement each
    // (row, condition, themes, resolution, its option, options: 6); the viewer's latest and the crowd.
    expect(before["signed in, default order"]).toBe(1 + 3 + 6 + 2);
    expect(before["signed in, resolved only"]).toBe(1 + 1 + 6 + 2);
    expect(before["closing soonest"]).toBe(1 + 1 + 6 + 2);
    // A later page continues from a question's cursor.
    const cursor = (await listQuestions(counted, listQuestionsQuery.parse({ limit: 1 }), viewer)).nextCursor!;
    const next = () => listQuestions(counted, listQuestionsQuery.parse({ limit: 2, cursor }), viewer);
    const nextBefore = await countStatements(next);

    for (let i = 0; i < 6; i++) {
      viewer.teamIds.push((await world(4, 3, i % 2 ? "BINARY" : "MULTIPLE_CHOICE")).team.id);
    }
    const page = await listQuestions(counted, listQuestionsQuery.parse({}), viewer);
    expect(page.items, "the list grew").toHaveLength(8);
    expect(page.items.every((item) => item.numbers.crowd !== null && item.numbers.forecasters > 0)).toBe(true);
    for (const [name, view] of Object.entries(views)) expect(await countStatements(view), name).toBe(before[name]);
    expect(await countStatements(next)).toBe(nextBefore);

    // A page that fills inside the open run reads no later run: one pick. Nobody has forecast
    // these two, so there are no numbers to read either.
    for (const title of ["Open soon", "Open later"]) {
      await handle.db.question.create({
        data: {
          title,
          resolutionCriteria: "Resolves YES if it happens, as any reader can check in the news.",
          type: "BINARY",
          teamId: first.team.id,
          openAt: new Date(Date.now() - DAY),
          closeAt: new Date(Date.now() + (title === "Open soon" ? 10 : 20) * DAY),
          resolveBy: new Date(Date.now() + 30 * DAY),
        },
      });
    }
    const openPage = () => listQuestions(counted, listQuestionsQuery.parse({ limit: 1 }), viewer);
    expect((await openPage()).items.map((item) => item.title)).toEqual(["Open soon"]);
    expect(await countStatements(openPage)).toBe(1 + 1 + 6);
  });

  it("the team leaderboard", async () => {
    const small = await world(2, 1, "BINARY");
    const large = await world(40, 2, "MULTIPLE_CHOICE");
    const few = await countStatements(() => teamLeaderboard(counted, small.viewer, small.team.id, {}));
    const many = await countStatements(() => teamLeaderboard(counted, large.viewer, large.team.id, {}));
    expect(many).toBe(few);
  });
});
