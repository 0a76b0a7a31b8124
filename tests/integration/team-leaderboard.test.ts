// The team leaderboard on a worked example, through the real route handlers on a real seeded
// SQLite file: three members, four resolved questions with forecasts at known times (two team
// questions, two public ones). Every expected number is computed here with lib/forecasting, not
// read back from the service. By default only the team's own questions count; the worked
// example counts public ones too (`?questions=team-and-public`).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import {
  calibrationBins,
  coverage,
  timeAveragedBrier,
  timeAveragedMultiBrier,
  type CalibrationPair,
} from "@/lib/forecasting";
import type { Db } from "@/lib/db/client";
import type { SignedInViewer } from "@/lib/domain/viewer";
import {
  MIN_QUESTIONS_FOR_RANK,
  teamLeaderboard,
  type LeaderboardEntry,
  type TeamLeaderboard,
} from "@/lib/teams/leaderboard";
import { removeMember } from "@/lib/teams/teams";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/lib/seed/load";
import { call } from "../support/api-client";
import { createTestDb, type TestDb } from "../support/test-db";

type Member = { id: string; key: string };
let handle: TestDb;
let olga: Member; // owner; also in a second team
let ben: Member;
let cleo: Member;
let dan: Member; // not in the team
let teamId: string;
let r: {
  teams: typeof import("@/app/api/v1/teams/route");
  invites: typeof import("@/app/api/v1/teams/[id]/invites/route");
  accept: typeof import("@/app/api/v1/invites/[token]/accept/route");
  questions: typeof import("@/app/api/v1/questions/route");
  resolution: typeof import("@/app/api/v1/questions/[id]/resolution/route");
  leaderboard: typeof import("@/app/api/v1/teams/[id]/leaderboard/route");
};

const DAY = 86_400_000;
const inAYear = () => new Date(Date.now() + 365 * DAY).toISOString();

async function user(email: string, name: string): Promise<Member> {
  const created = await createUser(handle.db, { email, name });
  return { id: created.id, key: (await createApiKey(handle.db, created.id, "test")).key };
}

async function createTeam(owner: Member, name: string) {
  const response = await call(r.teams.POST, "POST", "/api/v1/teams", { key: owner.key, body: { name } });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

async function join(team: string, inviter: Member, member: Member) {
  const invite = await call(r.invites.POST, "POST", "", { key: inviter.key, params: { id: team } });
  expect(invite.status).toBe(201);
  const accepted = await call(r.accept.POST, "POST", "", { key: member.key, params: { token: invite.body.token } });
  expect(accepted.status).toBe(200);
}

type Spec = {
  title: string;
  team: string | null;
  themes: string[];
  options?: string[];
  /** Question opens at noon UTC on this day; the event happens ten days later. */
  opens: string;
  /** Index of the option that happened, or 1/0 for YES/NO. */
  outcome: number;
  forecasts: { who: Member; day: number; probs: number[]; mode?: "LIVE" | "SESSION" }[];
};

type Built = Spec & { id: string; openAt: number; occurredAt: number };

async function build(spec: Spec): Promise<Built> {
  const created = await call(r.questions.POST, "POST", "/api/v1/questions", {
    key: olga.key,
    body: {
      title: spec.title,
      resolutionCriteria: "Resolves on the official announcement named in the title.",
      closeAt: inAYear(),
      resolveBy: inAYear(),
      themes: spec.themes,
      ...(spec.team ? { teamId: spec.team } : {}),
      ...(spec.options ? { type: "MULTIPLE_CHOICE", options: spec.options } : {}),
    },
  });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const optionIds = (created.body.options as { id: string }[]).map((option) => option.id);
  const openAt = new Date(`${spec.opens}T12:00:00.000Z`).getTime();
  const occurredAt = openAt + 10 * DAY;
  await handle.db.question.update({ where: { id }, data: { openAt: new Date(openAt) } });
  for (const f of spec.forecasts) {
    await handle.db.forecast.create({
      data: {
        questionId: id,
        userId: f.who.id,
        mode: f.mode ?? "LIVE",
        createdAt: new Date(openAt + f.day * DAY),
        probability: spec.options ? null : f.probs[0]!,
        ...(spec.options
          ? { probabilities: { create: f.probs.map((probability, i) => ({ optionId: optionIds[i]!, probability })) } }
          : {}),
      },
    });
  }
  const outcome = spec.options ? optionIds[spec.outcome]! : spec.outcome === 1 ? "YES" : "NO";
  const resolved = await call(r.resolution.POST, "POST", "", {
    key: olga.key,
    params: { id },
    body: { outcome, occurredAt: new Date(occurredAt).toISOString(), note: "Announced as described." },
  });
  expect(resolved.status).toBe(201);
  return { ...spec, id, openAt, occurredAt };
}

/** What the service should say, recomputed from the raw forecasts with lib/forecasting. */
function expectedScores(question: Built) {
  const live = question.forecasts.filter((f) => (f.mode ?? "LIVE") === "LIVE");
  const people = [...new Set(live.map((f) => f.who.id))];
  return people.map((userId) => {
    const log = live
      .filter((f) => f.who.id === userId)
      .map((f) => ({ t: question.openAt + f.day * DAY, probs: f.probs }))
      .filter((f) => f.t <= question.occurredAt);
    const brier = question.options
      ? timeAveragedMultiBrier(log, question.outcome, question.occurredAt)
      : timeAveragedBrier(
          log.map((f) => ({ t: f.t, p: f.probs[0]! })),
          question.outcome,
          question.occurredAt,
        );
    return {
      userId,
      questionId: question.id,
      brier,
      coverage: coverage(log[0]!.t, question.openAt, question.occurredAt),
      final: log.at(-1)!.probs,
    };
  });
}

/** Middle value of a short list, by hand (multiple-choice Briers reach 2, outside [0, 1]). */
function middle(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const avg = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function expectedBoard(questions: Built[], memberIds: string[]) {
  const rows = questions.flatMap((q) => expectedScores(q).filter((s) => memberIds.includes(s.userId)));
  const perMember = memberIds.map((userId) => {
    const mine = rows.filter((row) => row.userId === userId);
    const relative = mine.flatMap((row) => {
      const team = rows.filter((other) => other.questionId === row.questionId).map((other) => other.brier);
      return team.length >= 2 ? [row.brier - middle(team)] : [];
    });
    return {
      userId,
      questionsScored: mine.length,
      meanTimeAvgBrier: mine.length ? avg(mine.map((row) => row.brier)) : null,
      meanRelativeBrier: relative.length ? avg(relative) : null,
      meanCoverage: mine.length ? avg(mine.map((row) => row.coverage)) : null,
    };
  });
  const pairs: CalibrationPair[] = rows.flatMap((row) => {
    const question = questions.find((q) => q.id === row.questionId)!;
    return question.options
      ? row.final.map((p, i) => ({ p, outcome: i === question.outcome ? 1 : 0 }))
      : [{ p: row.final[0]!, outcome: question.outcome }];
  });
  return { perMember, pairs };
}

function check(board: TeamLeaderboard, questions: Built[]) {
  const ids = [olga.id, ben.id, cleo.id];
  const expected = expectedBoard(questions, ids);
  expect(board.questionCount).toBe(questions.length);
  for (const want of expected.perMember) {
    const got = board.entries.find((entry) => entry.userId === want.userId)!;
    expect(got.questionsScored, want.userId).toBe(want.questionsScored);
    for (const key of ["meanTimeAvgBrier", "meanRelativeBrier", "meanCoverage"] as const) {
      if (want[key] === null) expect(got[key], key).toBeNull();
      else expect(got[key], key).toBeCloseTo(want[key], 12);
    }
    expect(got.rank === null).toBe(want.questionsScored < MIN_QUESTIONS_FOR_RANK);
  }
  expect(board.pairCount).toBe(expected.pairs.length);
  expect(board.calibration).toEqual(expected.pairs.length ? calibrationBins(expected.pairs, 10) : []);
  return expected;
}

let questions: Built[];

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  r = {
    teams: await import("@/app/api/v1/teams/route"),
    invites: await import("@/app/api/v1/teams/[id]/invites/route"),
    accept: await import("@/app/api/v1/invites/[token]/accept/route"),
    questions: await import("@/app/api/v1/questions/route"),
    resolution: await import("@/app/api/v1/questions/[id]/resolution/route"),
    leaderboard: await import("@/app/api/v1/teams/[id]/leaderboard/route"),
  };
  olga = await user("olga@example.org", "Olga");
  ben = await user("ben@example.org", "Ben");
  cleo = await user("cleo@example.org", "Cleo");
  dan = await user("dan@example.org", "Dan");
  teamId = await createTeam(olga, "Analysts");
  await join(teamId, olga, ben);
  await join(teamId, olga, cleo);
  const otherTeam = await createTeam(olga, "Elsewhere");

  questions = [
    await build({
      title: "Will the groups announce a truce (team question)?",
      team: teamId,
      themes: ["truce"],
      opens: "2025-01-01",
      outcome: 0,
      forecasts: [
        { who: olga, day: 0, probs: [0.8] },
        { who: ben, day: 2, probs: [0.3] },
        { who: cleo, day: 5, probs: [0.5] },
        { who: olga, day: 6, probs: [0.4] },
      ],
    }),
    await build({
      title: "Will the groups announce a merger?",
      team: null,
      themes: ["merger"],
      opens: "2025-03-01",
      outcome: 1,
      forecasts: [
        { who: olga, day: 0, probs: [0.2] },
        { who: ben, day: 0, probs: [0.7] },
        // Outsiders do not enter the team median; session answers are not live forecasts.
        { who: dan, day: 0, probs: [0.9] },
        { who: cleo, day: 1, probs: [0.95], mode: "SESSION" },
      ],
    }),
    await build({
      title: "Which relation will hold at the end of the year (team question)?",
      team: teamId,
      themes: ["truce", "cooperation"],
      options: ["Truce", "Rivalry", "Merger"],
      opens: "2025-05-01",
      outcome: 0,
      forecasts: [
        { who: olga, day: 0, probs: [0.6, 0.3, 0.1] },
        // A multiple-choice Brier of 1.26: above 1, as only multiple choice can be.
        { who: ben, day: 4, probs: [0.1, 0.6, 0.3] },
      ],
    }),
    await build({
      title: "Will the leader be confirmed dead?",
      team: null,
      themes: ["leadership"],
      opens: "2025-07-01",
      outcome: 1,
      forecasts: [
        { who: olga, day: 0, probs: [0.9] },
        { who: ben, day: 1, probs: [0.6] },
        { who: cleo, day: 3, probs: [0.4] },
        // After the event: neither scored nor in the calibration.
        { who: olga, day: 12, probs: [0.05] },
      ],
    }),
  ];
  // Another team's question Olga forecast: never shown to this team.
  await build({
    title: "Will the other team's question count here?",
    team: otherTeam,
    themes: ["truce"],
    opens: "2025-05-01",
    outcome: 1,
    forecasts: [{ who: olga, day: 0, probs: [0.1] }],
  });
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

const board = async (query = "", key = olga.key) => {
  const response = await call(r.leaderboard.GET, "GET", `/api/v1/teams/${teamId}/leaderboard${query}`, {
    key,
    params: { id: teamId },
  });
  return response as { status: number; body: TeamLeaderboard & { error?: { code: string; message: string } } };
};

/** The query that counts public questions as well as the team's. */
const WITH_PUBLIC = "questions=team-and-public";

const entry = (data: TeamLeaderboard, who: Member) => data.entries.find((e) => e.userId === who.id) as LeaderboardEntry;

describe("GET /api/v1/teams/{id}/leaderboard", () => {
  it("counts only the team's own questions by default, and says so", async () => {
    const { status, body } = await board();
    expect(status).toBe(200);
    expect(body.counts).toBe("team questions");
    expect(body.filter).toEqual({});
    check(body, [questions[0]!, questions[2]!]);
    expect(body.entries.every((e) => e.rank === null)).toBe(true); // two questions each at most
  });

  it("computes every member's numbers and the team calibration from the worked example", async () => {
    const { status, body } = await board(`?${WITH_PUBLIC}`);
    expect(status).toBe(200);
    expect(body.counts).toBe("team and public questions");
    check(body, questions);
    // The worked example by hand, so a shared mistake in the helpers above cannot hide.
    expect(entry(body, olga).meanTimeAvgBrier).toBeCloseTo((0.448 + 0.64 + 0.26 + 0.01) / 4, 12);
    expect(entry(body, ben).meanTimeAvgBrier).toBeCloseTo((0.09 + 0.09 + 1.26 + 0.16) / 4, 12);
    expect(entry(body, olga).meanRelativeBrier).toBeCloseTo((0.198 + 0.275 - 0.5 - 0.15) / 4, 12);
    expect(entry(body, cleo).meanRelativeBrier).toBeCloseTo((0 + 0.2) / 2, 12);
    expect(entry(body, ben).meanCoverage).toBeCloseTo((0.8 + 1 + 0.6 + 0.9) / 4, 12);
    expect(body.pairCount).toBe(3 + 2 + 6 + 3);
  });

  it("ranks by mean time-averaged Brier, only from the minimum number of questions", async () => {
    const { body } = await board(`?${WITH_PUBLIC}`);
    expect(MIN_QUESTIONS_FOR_RANK).toBe(3);
    expect(body.minQuestionsForRank).toBe(3);
    expect(body.entries.map((e) => [e.name, e.rank, e.questionsScored])).toEqual([
      ["Olga", 1, 4],
      ["Ben", 2, 4],
      ["Cleo", null, 2],
    ]);
    expect(body.entries.some((e) => e.userId === dan.id)).toBe(false);
  });

  it("filters by theme", async () => {
    const { body } = await board("?theme=truce");
    expect(body.filter).toEqual({ theme: "truce" });
    check(body, [questions[0]!, questions[2]!]);
    expect(body.entries.every((e) => e.rank === null)).toBe(true);
    expect(entry(body, cleo).questionsScored).toBe(1);
    const none = await board("?theme=insurgency");
    expect(none.body.questionCount).toBe(0);
    expect(none.body.calibration).toEqual([]);
    expect(none.body.entries.map((e) => e.questionsScored)).toEqual([0, 0, 0]);
  });

  it("filters by the period the events happened in, both ends included", async () => {
    const { body } = await board(`?from=2025-03-01&to=2025-07-11&${WITH_PUBLIC}`);
    check(body, questions.slice(1));
    expect(entry(body, olga).rank).toBe(1);
    expect(entry(body, cleo).rank).toBeNull();
    const oneDay = await board("?from=2025-05-11&to=2025-05-11");
    check(oneDay.body, [questions[2]!]);
    const combined = await board("?theme=truce&to=2025-01-31");
    check(combined.body, [questions[0]!]);
  });

  it("answers 404 to non-members, even with a bad filter, and 400 to members with one", async () => {
    expect((await board("", dan.key)).status).toBe(404);
    expect((await board("?theme=weather", dan.key)).status).toBe(404);
    for (const [query, field] of [
      ["?theme=weather", "theme"],
      ["?from=2025-02-30", "from"],
      ["?from=yesterday", "from"],
      ["?from=2025-05-01&to=2025-04-01", "to"],
      ["?questions=all", "questions"],
    ] as const) {
      const response = await board(query);
      expect(response.status, query).toBe(400);
      expect(response.body.error!.message, query).toMatch(new RegExp(`^${field}`));
    }
    const anonymous = await call(r.leaderboard.GET, "GET", "", { params: { id: teamId } });
    expect(anonymous.status).toBe(401);
  });

  it("reads the stored standings in three database operations, and computes a filtered view in three, with no query per member or question", async () => {
    let operations = 0;
    const counting = handle.db.$extends({
      query: {
        $allOperations: ({ args, query }) => {
          operations++;
          return query(args);
        },
      },
    }) as unknown as Db;
    const viewer: SignedInViewer = { userId: olga.id, name: "Olga", role: "USER", teamIds: [teamId] };
    await teamLeaderboard(counting, viewer, teamId, {}); // stores the standings if they were stale
    operations = 0;
    const stored = await teamLeaderboard(counting, viewer, teamId, {});
    expect(operations).toBe(3); // membership, members, the team's standings
    operations = 0;
    await teamLeaderboard(counting, viewer, teamId, { theme: "leadership" });
    expect(operations).toBe(3); // membership, members, the filtered scores
    // The stored view is exactly what computing it afresh gives (an open period filters nothing).
    const computed = await teamLeaderboard(counting, viewer, teamId, { from: "1000-01-01" });
    expect({ ...stored, filter: {} }).toEqual({ ...computed, filter: {} });
  });

  it("keeps the stored standings only until a team question is resolved or a member leaves", async () => {
    const squad = await createTeam(olga, "Standings squad");
    const [pia, quin] = [await user("pia@example.org", "Pia"), await user("quin@example.org", "Quin")];
    await join(squad, olga, pia);
    await join(squad, olga, quin);
    const viewer: SignedInViewer = { userId: olga.id, name: "Olga", role: "USER", teamIds: [teamId, squad] };
    const question = (title: string, opens: string) => ({
      title,
      team: squad,
      themes: ["truce"],
      opens,
      outcome: 1,
      forecasts: [
        { who: olga, day: 1, probs: [0.9] },
        { who: pia, day: 1, probs: [0.3] },
        { who: quin, day: 1, probs: [0.6] },
      ],
    });
    await build(question("Squad question one", "2025-02-01"));
    const first = await teamLeaderboard(handle.db, viewer, squad, {});
    expect(first.questionCount).toBe(1);
    expect(await teamLeaderboard(handle.db, viewer, squad, {})).toEqual(first); // served from the stored copy

    await build(question("Squad question two", "2025-03-01"));
    const second = await teamLeaderboard(handle.db, viewer, squad, {});
    expect(second.questionCount).toBe(2);
    expect(second.entries.find((entry) => entry.userId === pia.id)?.questionsScored).toBe(2);

    // Quin leaves: the team median of each question is now over Olga and Pia alone.
    await removeMember(handle.db, { ...viewer, userId: quin.id, name: "Quin" }, squad, quin.id);
    const third = await teamLeaderboard(handle.db, viewer, squad, {});
    expect(third.total).toBe(2);
    const brierOf = (p: number) => (1 - p) ** 2;
    const middle = (brierOf(0.9) + brierOf(0.3)) / 2;
    expect(third.entries.find((entry) => entry.userId === olga.id)?.meanRelativeBrier).toBeCloseTo(
      brierOf(0.9) - middle,
      12,
    );
  });

  it("holds for a team past the database's bind-parameter limit (1,500 members, one scored question)", async () => {
    const big = await createTeam(olga, "Cosmic bazaar");
    const now = new Date();
    const people = Array.from({ length: 1_500 }, (_, i) => ({
      id: `bulk-member-${i}`,
      email: `bulk-${i}@example.org`,
      name: `Member ${String(i).padStart(4, "0")}`,
    }));
    await handle.db.user.createMany({ data: people.map((person) => ({ ...person, emailVerified: false })) });
    await handle.db.teamMembership.createMany({
      data: people.map((person) => ({ teamId: big, userId: person.id, role: "MEMBER" as const })),
    });
    const question = await handle.db.question.create({
      data: {
        title: "A team question every member scored",
        description: "Bulk",
        resolutionCriteria: "Resolves YES on the bulk event, as any reader could check.",
        type: "BINARY",
        teamId: big,
        openAt: new Date(now.getTime() - 10 * DAY),
        closeAt: new Date(now.getTime() - DAY),
        resolveBy: new Date(now.getTime() + DAY),
        createdById: olga.id,
      },
    });
    const resolution = await handle.db.resolution.create({
      data: {
        questionId: question.id,
        outcome: "YES",
        occurredAt: new Date(now.getTime() - 2 * DAY),
        note: "Bulk",
        recordedById: olga.id,
      },
    });
    await handle.db.question.update({
      where: { id: question.id },
      data: { currentResolutionId: resolution.id, resolvedAt: now },
    });
    await handle.db.forecast.createMany({
      data: people.map((person, i) => ({
        questionId: question.id,
        userId: person.id,
        probability: (i % 9) / 10 + 0.05,
        mode: "LIVE" as const,
        createdAt: new Date(now.getTime() - 5 * DAY),
      })),
    });
    await handle.db.questionScore.createMany({
      data: people.map((person, i) => {
        const brier = (1 - ((i % 9) / 10 + 0.05)) ** 2;
        return {
          questionId: question.id,
          userId: person.id,
          resolutionId: resolution.id,
          finalBrier: brier,
          timeAvgBrier: brier,
          coverage: 0.5,
          logScore: 0,
          forecastCount: 1,
          calibration: JSON.stringify([[(i % 9) / 10 + 0.05, 1]]),
        };
      }),
    });

    // Every member, a page of at most 500 at a time; ranks run across pages.
    const entries: { userId: string; rank: number | null }[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const query = `?limit=500${cursor ? `&cursor=${cursor}` : ""}`;
      const response = await call(r.leaderboard.GET, "GET", `/api/v1/teams/${big}/leaderboard${query}`, {
        key: olga.key,
        params: { id: big },
      });
      expect(response.status).toBe(200);
      expect(response.body.entries.length).toBeLessThanOrEqual(500);
      expect(response.body.total).toBe(1_501);
      expect(response.body.questionCount).toBe(1);
      expect(response.body.pairCount).toBe(1_500);
      entries.push(...response.body.entries);
      cursor = response.body.nextCursor;
    }
    expect(new Set(entries.map((entry) => entry.userId)).size).toBe(1_501);
    expect(entries.every((entry) => entry.rank === null)).toBe(true); // one question each: not ranked yet
  });
});
