// Security review findings, each through the real /api/v1 handlers (or the service they call)
// on a real seeded SQLite file:
// 1. team questions never leak through a public question's condition (or its annulment);
// 2. a creator cannot resolve their own open question to game scores, and team leaderboards
//    count the team's own questions unless asked otherwise;
// 3. a practice run takes one answer per question even when two answers race;
// 4. two owners demoting each other (or leaving) at once still leave the team an owner;
// 5. an email-bound invite cannot be taken by someone who signed up with that address later;
// 6. event streams are capped per user.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { AppError } from "@/lib/errors";
import { ALREADY_ANSWERED, answerPractice } from "@/lib/practice/answer";
import { MAX_EVENT_STREAMS_PER_USER } from "@/lib/sessions/stream-slots";
import { seedDatabase } from "@/lib/seed/load";
import { call, checked } from "../support/api-client";
import { createTestDb, type TestDb } from "../support/test-db";
import { personWithKey } from "@/tests/support/people";

type Person = { id: string; key: string; name: string; email: string };
let handle: TestDb;
let admin: Person; // instance administrator
let olga: Person; // owner of the Analysts team
let pat: Person; // second owner
let fay: Person; // facilitator
let ben: Person; // member
let dan: Person; // no team

const routes = async () => ({
  teams: await import("@/app/api/v1/teams/route"),
  invites: await import("@/app/api/v1/teams/[id]/invites/route"),
  member: await import("@/app/api/v1/teams/[id]/members/[userId]/route"),
  accept: await import("@/app/api/v1/invites/[token]/accept/route"),
  questions: await import("@/app/api/v1/questions/route"),
  question: await import("@/app/api/v1/questions/[id]/route"),
  forecasts: await import("@/app/api/v1/questions/[id]/forecasts/route"),
  resolution: await import("@/app/api/v1/questions/[id]/resolution/route"),
  leaderboard: await import("@/app/api/v1/teams/[id]/leaderboard/route"),
  practice: await import("@/app/api/v1/practice/route"),
  practiceAnswers: await import("@/app/api/v1/practice/[runId]/answers/route"),
  sessions: await import("@/app/api/v1/sessions/route"),
  events: await import("@/app/api/v1/sessions/[id]/events/route"),
});
let r: Awaited<ReturnType<typeof routes>>;

const DAY = 86_400_000;
const inAYear = () => new Date(Date.now() + 365 * DAY).toISOString();
const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

async function person(email: string, name: string, role?: "admin"): Promise<Person> {
  return { ...(await personWithKey(handle.db, email, name, role)), name, email };
}

async function createTeam(owner: Person, name: string) {
  const response = await call(r.teams.POST, "POST", "/api/v1/teams", { key: owner.key, body: { name } });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

async function invite(teamId: string, inviter: Person, body?: unknown) {
  return call(r.invites.POST, "POST", "", { key: inviter.key, body, params: { id: teamId } });
}
const accept = (who: Person, token: string) =>
  call(r.accept.POST, "POST", `/api/v1/invites/${token}/accept`, { key: who.key, params: { token } });

async function join(teamId: string, member: Person, role?: "OWNER" | "FACILITATOR") {
  const link = await invite(teamId, olga);
  expect(link.status).toBe(201);
  expect((await accept(member, link.body.token)).status).toBe(200);
  if (role) {
    const promoted = await call(r.member.PATCH, "PATCH", "", {
      key: olga.key,
      body: { role },
      params: { id: teamId, userId: member.id },
    });
    expect(promoted.status).toBe(200);
  }
}

async function newQuestion(who: Person, title: string, extra: Record<string, unknown> = {}) {
  return call(r.questions.POST, "POST", "/api/v1/questions", {
    key: who.key,
    body: {
      title,
      resolutionCriteria: "Resolves on the official announcement named in the title.",
      closeAt: inAYear(),
      resolveBy: inAYear(),
      themes: ["truce"],
      ...extra,
    },
  });
}
async function created(who: Person, title: string, extra: Record<string, unknown> = {}) {
  const response = await newQuestion(who, title, extra);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as string;
}

const resolve = (who: Person, id: string, outcome = "YES") =>
  call(r.resolution.POST, "POST", "", {
    key: who.key,
    params: { id },
    body: { outcome, occurredAt: new Date().toISOString(), note: "As announced." },
  });
const forecast = (who: Person, id: string, probability: number) =>
  call(r.forecasts.POST, "POST", "", { key: who.key, body: { probability }, params: { id } });
/** Closes a question now, as if its forecasting window had just run out. */
const close = (id: string) => handle.db.question.update({ where: { id }, data: { closeAt: new Date() } });
const detail = (who: Person | null, id: string) =>
  call(r.question.GET, "GET", `/api/v1/questions/${id}`, { ...(who ? { key: who.key } : {}), params: { id } });

let teamId: string;

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  r = await routes();
  admin = await person("admin@example.org", "Ada Admin", "admin");
  olga = await person("olga@example.org", "Olga");
  pat = await person("pat@example.org", "Pat");
  fay = await person("fay@example.org", "Fay");
  ben = await person("ben@example.org", "Ben");
  dan = await person("dan@example.org", "Dan");
  teamId = await createTeam(olga, "Analysts");
  await join(teamId, pat, "OWNER");
  await join(teamId, fay, "FACILITATOR");
  await join(teamId, ben);
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("1. team questions do not leak through conditions", () => {
  const SECRET_TITLE = "Will the analysts' secret source be burned this year?";
  let secretId: string;

  beforeAll(async () => {
    secretId = await created(olga, SECRET_TITLE, { teamId });
  });

  it("refuses a public (or other team's) question conditional on a team question, naming conditionQuestionId", async () => {
    const before = await handle.db.question.count();
    const pub = await newQuestion(olga, "If the secret source is burned, will the desk close?", {
      conditionQuestionId: secretId,
      conditionOutcome: "YES",
    });
    expect(pub.status).toBe(400);
    expect(pub.body.error.issues.map((issue: { path: string }) => issue.path)).toContain("conditionQuestionId");
    expect(pub.body.error.message).toMatch(/conditionQuestionId/);

    const otherTeam = await createTeam(olga, "Elsewhere");
    const elsewhere = await newQuestion(olga, "If the secret source is burned, will Elsewhere notice?", {
      teamId: otherTeam,
      conditionQuestionId: secretId,
      conditionOutcome: "YES",
    });
    expect(elsewhere.status).toBe(400);
    expect(await handle.db.question.count()).toBe(before);

    // The same team may build on its own question, and anyone on a public one.
    await created(olga, "If the secret source is burned, will the team replace it?", {
      teamId,
      conditionQuestionId: secretId,
      conditionOutcome: "YES",
    });
  });

  it("never shows a non-member the condition's title, id, outcome or the annulment that reveals it", async () => {
    // A public question that already depends on the team question (written before the rule).
    const publicId = await created(dan, "If that happens, will the groups announce a truce this year?");
    await handle.db.question.update({
      where: { id: publicId },
      data: { conditionQuestionId: secretId, conditionOutcome: "YES" },
    });
    await close(secretId);
    const resolved = await resolve(olga, secretId, "NO");
    expect(resolved.status).toBe(201);
    expect(resolved.body.annulledQuestionIds).toContain(publicId);

    for (const outsider of [dan, null]) {
      const seen = await detail(outsider, publicId);
      expect(seen.status).toBe(200);
      const json = JSON.stringify(seen.body);
      expect(json).not.toContain(secretId);
      expect(json).not.toContain(SECRET_TITLE);
      expect(json).not.toContain("Olga"); // who resolved the condition
      expect(json).not.toMatch(/resolved NO|not YES/);
      expect(seen.body.condition).toEqual({ questionId: null, title: null, outcome: "YES", visible: false });
      expect(seen.body.resolution.outcome).toBe("ANNULLED");
      expect(seen.body.resolution.note).toMatch(/condition you cannot see/);

      const list = await call(r.questions.GET, "GET", "/api/v1/questions?q=announce%20a%20truce%20this%20year", {
        ...(outsider ? { key: outsider.key } : {}),
      });
      const item = list.body.items.find((q: { id: string }) => q.id === publicId);
      expect(item.condition).toEqual({ questionId: null, outcome: "YES", visible: false });
      expect(JSON.stringify(list.body)).not.toContain(secretId);
    }

    // Members see the condition, and how the annulment came about.
    const member = await detail(ben, publicId);
    expect(member.body.condition).toEqual({ questionId: secretId, title: SECRET_TITLE, outcome: "YES", visible: true });
    expect(member.body.resolution.note).toMatch(/resolved NO, not YES/);
  });

  it("lists only the dependants a viewer can see, and tells a resolver only about those", async () => {
    const publicId = await created(dan, "Will the groups hold joint talks before next year?");
    const teamDependent = await created(olga, "If they hold joint talks, will our asset attend?", {
      teamId,
      conditionQuestionId: publicId,
      conditionOutcome: "YES",
    });
    const asDan = await detail(dan, publicId);
    expect(asDan.body.conditionalOn).toEqual([]);
    expect(JSON.stringify(asDan.body)).not.toContain(teamDependent);
    const asBen = await detail(ben, publicId);
    expect(asBen.body.conditionalOn).toEqual([
      { questionId: teamDependent, title: "If they hold joint talks, will our asset attend?", requiredOutcome: "YES" },
    ]);

    await close(publicId);
    const resolved = await resolve(dan, publicId, "NO");
    expect(resolved.status).toBe(201);
    expect(resolved.body.annulledQuestionIds).toEqual([]);
    const stored = await handle.db.question.findUniqueOrThrow({
      where: { id: teamDependent },
      include: { currentResolution: true },
    });
    expect(stored.currentResolution?.outcome).toBe("ANNULLED");
  });
});

describe("2. resolving early needs a second person; team boards count team questions", () => {
  it("refuses a creator's early resolution: five self-made 99.9% questions cannot be resolved at once", async () => {
    for (let i = 1; i <= 5; i++) {
      const id = await created(dan, `Will the sun rise tomorrow, take ${i} of five?`);
      expect((await forecast(dan, id, 0.999)).status).toBe(201);
      const early = await resolve(dan, id, "YES");
      expect(early.status).toBe(403);
      expect(early.body.error.message).toMatch(/still open/);
      expect(early.body.error.message).toMatch(/administrator/);
    }
    expect(await handle.db.questionScore.count({ where: { userId: dan.id } })).toBe(0);
  });

  it("lets an administrator resolve early, and the creator once the question has closed", async () => {
    const byAdmin = await created(dan, "Will the administrator settle this one early?");
    expect((await resolve(admin, byAdmin)).status).toBe(201);
    const afterClose = await created(dan, "Will the creator settle this one after it closes?");
    expect((await resolve(dan, afterClose)).status).toBe(403);
    await close(afterClose);
    expect((await resolve(dan, afterClose)).status).toBe(201);
    expect((await resolve(ben, afterClose)).status).toBe(403); // not the creator, not an admin
  });

  it("on a team question: a team owner or facilitator other than the creator may resolve early", async () => {
    const bens = await created(ben, "Will the desk's source report this week (Ben's)?", { teamId });
    const byCreator = await resolve(ben, bens);
    expect(byCreator.status).toBe(403);
    expect(byCreator.body.error.message).toMatch(/owner or facilitator of its team other than its creator/);
    expect((await resolve(dan, bens)).status).toBe(404);
    expect((await resolve(fay, bens)).status).toBe(201);

    const olgas = await created(olga, "Will the desk's source report this week (Olga's)?", { teamId });
    expect((await resolve(olga, olgas)).status).toBe(403); // an owner, but its creator
    expect((await resolve(ben, olgas)).status).toBe(403); // a member
    expect((await resolve(pat, olgas)).status).toBe(201);
  });

  it("counts only the team's own questions on its leaderboard unless asked, and says so", async () => {
    const squad = await createTeam(dan, "Dan's squad");
    const danLink = await invite(squad, dan);
    expect((await accept(ben, danLink.body.token)).status).toBe(200);
    // A public question Dan made for himself, resolved once closed: not a team question.
    const own = await created(dan, "Will Dan's public question top the squad's board?");
    await forecast(dan, own, 0.999);
    await close(own);
    expect((await resolve(dan, own)).status).toBe(201);
    // The squad's own question, resolved once closed.
    const teamQuestion = await created(dan, "Will the squad's own question count?", { teamId: squad });
    await forecast(ben, teamQuestion, 0.6);
    await forecast(dan, teamQuestion, 0.4);
    await close(teamQuestion);
    expect((await resolve(dan, teamQuestion)).status).toBe(201);

    const board = (query = "") =>
      call(r.leaderboard.GET, "GET", `/api/v1/teams/${squad}/leaderboard${query}`, {
        key: ben.key,
        params: { id: squad },
      });
    const byDefault = await board();
    expect(byDefault.status).toBe(200);
    expect(byDefault.body.counts).toBe("team questions");
    expect(byDefault.body.questionCount).toBe(1);
    const danEntry = byDefault.body.entries.find((e: { userId: string }) => e.userId === dan.id);
    expect(danEntry.questionsScored).toBe(1);

    const wider = await board("?questions=team-and-public");
    expect(wider.body.counts).toBe("team and public questions");
    expect(wider.body.filter).toEqual({ questions: "team-and-public" });
    expect(wider.body.questionCount).toBe(2);
    expect((await board("?questions=everything")).status).toBe(400);
  });
});

describe("3. practice: one answer per question per run, even when answers race", () => {
  let runId: string;
  let questionIds: string[];

  beforeAll(async () => {
    const started = await call(r.practice.POST, "POST", "/api/v1/practice", { key: ben.key, body: { theme: "truce" } });
    expect(started.status).toBe(201);
    runId = started.body.runId;
    questionIds = started.body.questions
      .filter((q: { type: string }) => q.type === "BINARY")
      .map((q: { id: string }) => q.id);
    expect(questionIds.length).toBeGreaterThanOrEqual(2);
  });

  const answer = (questionId: string, probability: number) =>
    call(r.practiceAnswers.POST, "POST", `/api/v1/practice/${runId}/answers`, {
      key: ben.key,
      body: { questionId, probability },
      params: { runId },
    });

  it("fires concurrent answers to one question: exactly one is recorded, the others are 409", async () => {
    const responses = await Promise.all([0.1, 0.2, 0.3, 0.4, 0.5].map((p) => answer(questionIds[0]!, p)));
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    for (const response of responses.filter((each) => each.status !== 201)) {
      expect(response.status).toBe(409);
      expect(response.body.error).toEqual({ code: "conflict", message: ALREADY_ANSWERED });
    }
    expect(await handle.db.forecast.count({ where: { practiceRunId: runId, questionId: questionIds[0]! } })).toBe(1);
  });

  it("answers a lost race (the unique index refusing the second row) with the same 409", async () => {
    const first = await answer(questionIds[1]!, 0.3);
    expect(first.status).toBe(201);
    // The check-then-insert race, made deterministic: the second answer's check runs before
    // the first answer's row is visible, so only the unique index stands in its way.
    const racing = handle.db.$extends({
      query: {
        forecast: {
          findFirst: ({ args, query }) => (args.where?.practiceRunId ? Promise.resolve(null) : query(args)),
        },
      },
    }) as unknown as Db;
    const viewer = (await viewerForUser(handle.db, ben.id)) as SignedInViewer;
    const error = await answerPractice(racing, viewer, runId, { questionId: questionIds[1]!, probability: 0.9 }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "conflict", message: ALREADY_ANSWERED });
    expect(await handle.db.forecast.count({ where: { practiceRunId: runId, questionId: questionIds[1]! } })).toBe(1);
  });
});

describe("4. a team always keeps an owner, even under concurrent changes", () => {
  async function twoOwnerTeam(name: string) {
    const id = await createTeam(olga, name);
    const link = await invite(id, olga);
    expect((await accept(pat, link.body.token)).status).toBe(200);
    const promoted = await call(r.member.PATCH, "PATCH", "", {
      key: olga.key,
      body: { role: "OWNER" },
      params: { id, userId: pat.id },
    });
    expect(promoted.status).toBe(200);
    return id;
  }
  const owners = (id: string) => handle.db.teamMembership.count({ where: { teamId: id, role: "OWNER" } });

  it("two owners demoting each other at once: one change wins, one owner remains", async () => {
    for (let round = 0; round < 5; round++) {
      const id = await twoOwnerTeam(`Demotions ${round}`);
      const demote = (who: Person, target: Person) =>
        call(r.member.PATCH, "PATCH", "", {
          key: who.key,
          body: { role: "MEMBER" },
          params: { id, userId: target.id },
        });
      const results = await Promise.all([demote(olga, pat), demote(pat, olga)]);
      expect(await owners(id), `round ${round}`).toBe(1);
      // The second change finds its author no longer an owner (403), or the team's last owner (409).
      expect(
        results.filter((result) => result.status === 200),
        `round ${round}`,
      ).toHaveLength(1);
      expect([403, 409]).toContain(results.find((result) => result.status !== 200)!.status);
    }
  });

  it("two owners leaving at once: one leaves, the other stays owner", async () => {
    for (let round = 0; round < 5; round++) {
      const id = await twoOwnerTeam(`Departures ${round}`);
      const leave = (who: Person) =>
        call(r.member.DELETE, "DELETE", "", { key: who.key, params: { id, userId: who.id } });
      const results = await Promise.all([leave(olga), leave(pat)]);
      expect(await owners(id), `round ${round}`).toBe(1);
      expect(results.map((result) => result.status).sort(), `round ${round}`).toEqual([204, 409]);
    }
  });
});

describe("5. email-bound invites go to the account that held the address when the invite was sent", () => {
  // The rule under test (lib/teams/invites.ts): there is no mail server, so nobody's address is
  // verified by mail. An invite naming an email can be accepted by the account with that email
  // only if the account already existed when the invite was created (email addresses cannot be
  // changed later), or if an administrator marked its address as verified. Otherwise anyone
  // could sign up with the invitee's address after seeing it, before the invitee does.
  it("refuses an account that signed up with the invitee's address after the invite", async () => {
    const link = await invite(teamId, olga, { email: "newcomer@example.org" });
    expect(link.status).toBe(201);
    const squatter = await person("newcomer@example.org", "Squatter");
    const refused = await accept(squatter, link.body.token);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/before the invite was sent/);
    expect(await handle.db.teamMembership.count({ where: { teamId, userId: squatter.id } })).toBe(0);

    // An administrator who checked the address out of band can vouch for it.
    await handle.db.user.update({ where: { id: squatter.id }, data: { emailVerified: true } });
    expect((await accept(squatter, link.body.token)).status).toBe(200);
  });

  it("accepts the account that held the address when the invite was sent, and nobody else", async () => {
    const link = await invite(teamId, olga, { email: dan.email.toUpperCase() });
    expect(link.status).toBe(201);
    const stored = await handle.db.teamInvite.findUniqueOrThrow({ where: { tokenHash: tokenHash(link.body.token) } });
    expect(stored.email).toBe(dan.email);
    const other = await person("other@example.org", "Other");
    expect((await accept(other, link.body.token)).status).toBe(403);
    const joined = await accept(dan, link.body.token);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ teamId, alreadyMember: false });
  });
});

describe("6. event streams are capped per user", () => {
  async function open(who: Person, sessionId: string) {
    const abort = new AbortController();
    const request = new Request(`http://test/api/v1/sessions/${sessionId}/events`, {
      headers: { authorization: `Bearer ${who.key}` },
      signal: abort.signal,
    });
    const response = await checked(r.events.GET as unknown as (req: Request, args: unknown) => Promise<Response>)(
      request,
      {
        params: Promise.resolve({ id: sessionId }),
      },
    );
    return { response, abort };
  }

  it(`refuses more than ${MAX_EVENT_STREAMS_PER_USER} streams per user with 429 and Retry-After, and frees a slot when one closes`, async () => {
    const questionId = await created(olga, "Will the session stream stay within limits?", { teamId });
    const session = await call(r.sessions.POST, "POST", "/api/v1/sessions", {
      key: olga.key,
      body: { teamId, title: "Stream limits", questionIds: [questionId] },
    });
    expect(session.status).toBe(201);
    const sessionId = session.body.id as string;
    const streams: Awaited<ReturnType<typeof open>>[] = [];
    try {
      expect(MAX_EVENT_STREAMS_PER_USER).toBe(5);
      for (let i = 0; i < MAX_EVENT_STREAMS_PER_USER; i++) {
        const stream = await open(ben, sessionId);
        expect(stream.response.status).toBe(200);
        streams.push(stream);
      }
      const refused = await open(ben, sessionId);
      expect(refused.response.status).toBe(429);
      expect(refused.response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThan(0);
      const body = await refused.response.json();
      expect(body.error.code).toBe("rate_limited");
      expect(body.error.message).toMatch(new RegExp(`${MAX_EVENT_STREAMS_PER_USER} live event streams`));

      // Other people are not affected; a non-member still gets 404 and takes no slot.
      const other = await open(olga, sessionId);
      expect(other.response.status).toBe(200);
      streams.push(other);
      expect((await open(admin, sessionId)).response.status).toBe(404); // not in the team

      // Closing a stream (the client goes away) frees its slot; so does cancelling the reader.
      streams[0]!.abort.abort();
      const again = await open(ben, sessionId);
      expect(again.response.status).toBe(200);
      streams.push(again);
      expect((await open(ben, sessionId)).response.status).toBe(429);
      await streams[1]!.response.body!.cancel();
      const afterCancel = await open(ben, sessionId);
      expect(afterCancel.response.status).toBe(200);
      streams.push(afterCancel);
    } finally {
      for (const stream of streams) stream.abort.abort();
    }
    // Everything closed: the full allowance is back.
    const fresh: Awaited<ReturnType<typeof open>>[] = [];
    for (let i = 0; i < MAX_EVENT_STREAMS_PER_USER; i++) fresh.push(await open(ben, sessionId));
    expect(fresh.map((stream) => stream.response.status)).toEqual(Array(MAX_EVENT_STREAMS_PER_USER).fill(200));
    for (const stream of fresh) stream.abort.abort();
  });
});
