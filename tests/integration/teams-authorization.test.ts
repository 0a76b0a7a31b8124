// The teams and sessions authorization matrix through the real /api/v1 handlers on a real
// seeded SQLite file: invites, team-question visibility, who may run a session, the blind
// round, the report, and that session answers never leak into live forecasts or scores.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { revokeInvite } from "@/lib/teams/invites";
import { seedDatabase } from "@/lib/seed/load";
import { call, checked } from "../support/api-client";
import { createTestDb, type TestDb } from "../support/test-db";
import { personWithKey } from "@/tests/support/people";

type Person = { id: string; key: string };
let handle: TestDb;
let olga: Person; // team owner, runs the session
let ben: Person; // member
let cleo: Person; // member
let dan: Person; // not in the team
let teamId: string;
let teamQuestionId: string;
let publicQuestionId: string;
let sessionId: string;

const routes = async () => ({
  teams: await import("@/app/api/v1/teams/route"),
  team: await import("@/app/api/v1/teams/[id]/route"),
  invites: await import("@/app/api/v1/teams/[id]/invites/route"),
  member: await import("@/app/api/v1/teams/[id]/members/[userId]/route"),
  accept: await import("@/app/api/v1/invites/[token]/accept/route"),
  questions: await import("@/app/api/v1/questions/route"),
  question: await import("@/app/api/v1/questions/[id]/route"),
  forecasts: await import("@/app/api/v1/questions/[id]/forecasts/route"),
  aggregate: await import("@/app/api/v1/questions/[id]/aggregate/route"),
  scores: await import("@/app/api/v1/questions/[id]/scores/route"),
  resolution: await import("@/app/api/v1/questions/[id]/resolution/route"),
  trackRecord: await import("@/app/api/v1/me/track-record/route"),
  sessions: await import("@/app/api/v1/sessions/route"),
  session: await import("@/app/api/v1/sessions/[id]/route"),
  answers: await import("@/app/api/v1/sessions/[id]/answers/route"),
  advance: await import("@/app/api/v1/sessions/[id]/advance/route"),
  report: await import("@/app/api/v1/sessions/[id]/report/route"),
  events: await import("@/app/api/v1/sessions/[id]/events/route"),
  leaderboard: await import("@/app/api/v1/teams/[id]/leaderboard/route"),
});
let r: Awaited<ReturnType<typeof routes>>;

// Values nobody else should see before the reveal: distinctive enough to grep the JSON for.
const CLEO_P = 0.637;
const CLEO_REASON = "cleo-private-reasoning-xyz";

const person = (email: string, name: string): Promise<Person> => personWithKey(handle.db, email, name);

// Invites store only the token's SHA-256; this finds the row a link points at.
const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");
const inAYear = () => new Date(Date.now() + 365 * 86400_000).toISOString();

async function invite(key: string, body?: unknown) {
  return call(r.invites.POST, "POST", `/api/v1/teams/${teamId}/invites`, { key, body, params: { id: teamId } });
}
const accept = (key: string, token: string) =>
  call(r.accept.POST, "POST", `/api/v1/invites/${token}/accept`, { key, params: { token } });

const sessionCall = (handler: unknown, method: string, key: string, body?: unknown) =>
  call(handler, method, `/api/v1/sessions/${sessionId}`, { key, body, params: { id: sessionId } });
const view = (key: string) => sessionCall(r.session.GET, "GET", key);
const answer = (key: string, body: Record<string, unknown>) => sessionCall(r.answers.POST, "POST", key, body);
const advance = (key: string) => sessionCall(r.advance.POST, "POST", key);
const report = (key: string) => sessionCall(r.report.GET, "GET", key);

/** Calls a handler that answers with something other than JSON (CSV, an event stream). */
async function rawCall(handler: unknown, path: string, key: string, params: Record<string, string>) {
  const abort = new AbortController();
  const request = new Request(`http://test${path}`, {
    headers: { authorization: `Bearer ${key}` },
    signal: abort.signal,
  });
  const response = await checked(handler as (req: Request, args: unknown) => Promise<Response>)(request, {
    params: Promise.resolve(params),
  });
  return { response, abort };
}

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  r = await routes();
  olga = await person("olga@example.org", "Olga");
  ben = await person("ben@example.org", "Ben");
  cleo = await person("cleo@example.org", "Cleo");
  dan = await person("dan@example.org", "Dan");
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("teams and invites", () => {
  it("creates a team with its creator as owner", async () => {
    const created = await call(r.teams.POST, "POST", "/api/v1/teams", { key: olga.key, body: { name: "Analysts" } });
    expect(created.status).toBe(201);
    expect(created.body.role).toBe("OWNER");
    teamId = created.body.id;
  });

  it("invites by link: token, url and expiry; members join by accepting", async () => {
    const link = await invite(olga.key);
    expect(link.status).toBe(201);
    expect(link.body).toMatchObject({ token: expect.any(String), url: expect.stringContaining(link.body.token) });
    expect(new Date(link.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    for (const member of [ben, cleo]) {
      const joined = await accept(member.key, link.body.token);
      expect(joined.status).toBe(200);
      expect(joined.body).toMatchObject({ teamId, role: "MEMBER", alreadyMember: false });
    }
    const team = await call(r.team.GET, "GET", "", { key: ben.key, params: { id: teamId } });
    expect(team.status).toBe(200);
    // Compared as a set: the order of roles differs between SQLite and PostgreSQL (enum order vs text order).
    const roles = team.body.members.map((m: { name: string; role: string }) => `${m.name}:${m.role}`);
    expect(roles.sort()).toEqual(["Ben:MEMBER", "Cleo:MEMBER", "Olga:OWNER"]);
  });

  it("refuses an expired and a revoked invite, and members cannot invite", async () => {
    const expired = await invite(olga.key);
    await handle.db.teamInvite.update({
      where: { tokenHash: tokenHash(expired.body.token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const late = await accept(dan.key, expired.body.token);
    expect(late.status).toBe(404);
    expect(late.body.error.message).toMatch(/expired/);

    const revoked = await invite(olga.key);
    const stored = await handle.db.teamInvite.findUniqueOrThrow({
      where: { tokenHash: tokenHash(revoked.body.token) },
    });
    const owner = (await viewerForUser(handle.db, olga.id)) as SignedInViewer;
    await revokeInvite(handle.db, owner, teamId, stored.id);
    const refused = await accept(dan.key, revoked.body.token);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toMatch(/revoked/);

    expect((await invite(ben.key)).status).toBe(403);
    expect((await invite(dan.key)).status).toBe(404);
    const team = await call(r.team.GET, "GET", "", { key: dan.key, params: { id: teamId } });
    expect(team.status).toBe(404);
    expect(await handle.db.teamMembership.count({ where: { teamId, userId: dan.id } })).toBe(0);
  });

  it("lets the owner change roles; members cannot, and the last owner cannot leave", async () => {
    const patch = (key: string, userId: string, role: string) =>
      call(r.member.PATCH, "PATCH", "", { key, body: { role }, params: { id: teamId, userId } });
    expect((await patch(ben.key, cleo.id, "FACILITATOR")).status).toBe(403);
    expect((await patch(ben.key, ben.id, "OWNER")).status).toBe(403);
    expect((await patch(dan.key, ben.id, "OWNER")).status).toBe(404);
    const promoted = await patch(olga.key, ben.id, "FACILITATOR");
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ userId: ben.id, role: "FACILITATOR" });
    expect((await patch(olga.key, ben.id, "MEMBER")).body.role).toBe("MEMBER");
    expect((await patch(olga.key, olga.id, "MEMBER")).status).toBe(409);

    const leave = await call(r.member.DELETE, "DELETE", "", { key: olga.key, params: { id: teamId, userId: olga.id } });
    expect(leave.status).toBe(409);
    const removeOther = await call(r.member.DELETE, "DELETE", "", {
      key: ben.key,
      params: { id: teamId, userId: cleo.id },
    });
    expect(removeOther.status).toBe(403);
  });
});

describe("team questions are invisible to non-members (404, not 403)", () => {
  it("hides a team question from the list, the detail, forecasts, aggregate and scores", async () => {
    const created = await call(r.questions.POST, "POST", "/api/v1/questions", {
      key: olga.key,
      body: {
        title: "Will the analysts' private question leak anywhere?",
        resolutionCriteria: "Yes if it appears to a non-member.",
        closeAt: inAYear(),
        resolveBy: inAYear(),
        themes: ["truce"],
        teamId,
      },
    });
    expect(created.status).toBe(201);
    teamQuestionId = created.body.id;
    await call(r.forecasts.POST, "POST", "", {
      key: ben.key,
      body: { probability: 0.3 },
      params: { id: teamQuestionId },
    });

    const forDan = await call(r.questions.GET, "GET", "/api/v1/questions?q=private%20question&limit=100", {
      key: dan.key,
    });
    expect(forDan.body.items).toEqual([]);
    const forBen = await call(r.questions.GET, "GET", "/api/v1/questions?q=private%20question", { key: ben.key });
    expect(forBen.body.items.map((q: { id: string }) => q.id)).toEqual([teamQuestionId]);

    const params = { id: teamQuestionId };
    for (const [name, handler] of [
      ["detail", r.question.GET],
      ["forecasts", r.forecasts.GET],
      ["aggregate", r.aggregate.GET],
      ["scores", r.scores.GET],
    ] as const) {
      const asDan = await call(handler, "GET", `/api/v1/questions/${teamQuestionId}`, { key: dan.key, params });
      expect(asDan.status, name).toBe(404);
      const anonymous = await call(handler, "GET", `/api/v1/questions/${teamQuestionId}`, { params });
      expect(anonymous.status, name).toBe(404);
      const asBen = await call(handler, "GET", `/api/v1/questions/${teamQuestionId}`, { key: ben.key, params });
      expect(asBen.status, name).toBe(200);
    }
    const danForecast = await call(r.forecasts.POST, "POST", "", { key: dan.key, body: { probability: 0.5 }, params });
    expect(danForecast.status).toBe(404);
    expect((await call(r.leaderboard.GET, "GET", "", { key: dan.key, params: { id: teamId } })).status).toBe(404);
  });
});

describe("calibration sessions", () => {
  it("lets owners and facilitators create a session; members get 403, outsiders 404", async () => {
    const pub = await call(r.questions.POST, "POST", "/api/v1/questions", {
      key: olga.key,
      body: {
        title: "Will the public question in the session be scored from session answers?",
        resolutionCriteria: "Yes if the groups announce a truce.",
        closeAt: inAYear(),
        resolveBy: inAYear(),
        themes: ["truce"],
      },
    });
    publicQuestionId = pub.body.id;
    const body = { teamId, title: "Monday calibration", questionIds: [teamQuestionId, publicQuestionId] };
    const post = (key: string) => call(r.sessions.POST, "POST", "/api/v1/sessions", { key, body });
    expect((await post(ben.key)).status).toBe(403);
    expect((await post(dan.key)).status).toBe(404);
    const created = await post(olga.key);
    expect(created.status).toBe(201);
    expect(created.body.step).toBe("round1");
    sessionId = created.body.id;
  });

  it("answers 404 to non-members on every session endpoint", async () => {
    expect((await view(dan.key)).status).toBe(404);
    expect((await answer(dan.key, { questionId: publicQuestionId, probability: 0.5 })).status).toBe(404);
    expect((await advance(dan.key)).status).toBe(404);
    expect((await report(dan.key)).status).toBe(404);
    const events = await call(r.events.GET, "GET", "", { key: dan.key, params: { id: sessionId } });
    expect(events.status).toBe(404);
    expect(await handle.db.forecast.count({ where: { sessionId } })).toBe(0);
    const step = await handle.db.calibrationSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(step.step).toBe("ROUND1");
  });

  it("streams events to members", async () => {
    const { response, abort } = await rawCall(r.events.GET, `/api/v1/sessions/${sessionId}/events`, ben.key, {
      id: sessionId,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain("event: version");
    abort.abort();
    await reader.cancel();
  });

  it("keeps round-1 values blind until the reveal; members cannot advance", async () => {
    const answered = await answer(cleo.key, {
      questionId: publicQuestionId,
      probability: CLEO_P,
      rationale: CLEO_REASON,
    });
    expect(answered.status).toBe(201);
    expect(answered.body.round).toBe(1);

    for (const key of [ben.key, olga.key]) {
      const before = await view(key);
      expect(before.status).toBe(200);
      const json = JSON.stringify(before.body);
      expect(json).not.toContain(String(CLEO_P));
      expect(json).not.toContain(CLEO_REASON);
      const question = before.body.questions.find((q: { id: string }) => q.id === publicQuestionId);
      expect(question.answered.round1).toEqual(["Cleo"]); // who answered, not what
      expect(question.round1).toBeNull();
    }
    // Cleo sees her own answer.
    expect(JSON.stringify((await view(cleo.key)).body)).toContain(CLEO_REASON);

    expect((await advance(ben.key)).status).toBe(403);
    expect((await advance(cleo.key)).status).toBe(403);
    expect((await report(ben.key)).status).toBe(409);

    expect((await advance(olga.key)).body.step).toBe("reveal");
    const after = await view(ben.key);
    expect(after.body.step).toBe("reveal");
    const json = JSON.stringify(after.body);
    expect(json).toContain(String(CLEO_P));
    expect(json).toContain(CLEO_REASON);
  });

  it("refuses a round-1 answer after the reveal (409), takes round 2, then reports once closed", async () => {
    const late = await answer(ben.key, { questionId: publicQuestionId, probability: 0.2 });
    expect(late.status).toBe(409);
    const changed = await answer(cleo.key, { questionId: publicQuestionId, probability: 0.1 });
    expect(changed.status).toBe(409);
    expect((await report(olga.key)).status).toBe(409);

    expect((await advance(olga.key)).body.step).toBe("round2");
    const revised = await answer(cleo.key, { questionId: publicQuestionId, probability: 0.55 });
    expect(revised.status).toBe(201);
    expect(revised.body.round).toBe(2);
    expect((await answer(ben.key, { questionId: teamQuestionId, probability: 0.25 })).status).toBe(201);
    expect((await report(olga.key)).status).toBe(409);

    expect((await advance(olga.key)).body.step).toBe("closed");
    expect((await advance(olga.key)).status).toBe(409);
    expect((await answer(cleo.key, { questionId: publicQuestionId, probability: 0.5 })).status).toBe(409);

    const done = await report(ben.key);
    expect(done.status).toBe(200);
    expect(done.body.questions).toHaveLength(2);
    const pub = done.body.questions.find((q: { id: string }) => q.id === publicQuestionId);
    expect(pub.round1.values).toEqual([[CLEO_P]]);
    expect(pub.round2.values).toEqual([[0.55]]);
    expect(pub.people).toHaveLength(1);
    expect(pub.people[0].change[0]).toBeCloseTo(0.55 - CLEO_P, 12);
    expect(done.body.people).toHaveLength(2);

    const { response } = await rawCall(r.report.GET, `/api/v1/sessions/${sessionId}/report?format=csv`, ben.key, {
      id: sessionId,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toBe("question,participant,round,probabilities,outcome,brier");
    // Cleo: rounds 1 and 2 on the public question; Ben: round 2 on the team question.
    expect(lines).toHaveLength(1 + 3);
    expect(lines.some((line) => line.includes("0.6370"))).toBe(true);
  });

  it("never lets session answers into live forecasts, scores or the track record", async () => {
    const live = await call(r.forecasts.GET, "GET", "", { key: cleo.key, params: { id: publicQuestionId } });
    expect(live.status).toBe(200);
    expect(live.body.items.filter((f: { userId: string }) => f.userId === cleo.id)).toEqual([]);
    expect(JSON.stringify(live.body)).not.toContain(String(CLEO_P));
    const aggregate = await call(r.aggregate.GET, "GET", "", { key: cleo.key, params: { id: publicQuestionId } });
    expect(aggregate.body.points).toEqual([]);

    // Resolving after the session: recomputed scores come from live forecasts only.
    const resolved = await call(r.resolution.POST, "POST", "", {
      key: olga.key,
      params: { id: publicQuestionId },
      body: { outcome: "NO", occurredAt: new Date().toISOString(), note: "No truce was announced." },
    });
    expect(resolved.status).toBe(201);
    expect(resolved.body.scoredForecasters).toBe(0);
    const scores = await call(r.scores.GET, "GET", "", { key: cleo.key, params: { id: publicQuestionId } });
    expect(scores.body.items).toEqual([]);
    const record = await call(r.trackRecord.GET, "GET", "/api/v1/me/track-record", { key: cleo.key });
    expect(record.status).toBe(200);
    expect(record.body.questions).toEqual([]);
    expect(record.body.pairCount).toBe(0);

    // The report now scores the rounds on the resolved question.
    const done = await report(cleo.key);
    const pub = done.body.questions.find((q: { id: string }) => q.id === publicQuestionId);
    expect(pub.resolved).toBe(true);
    expect(pub.people[0].brier2).toBeCloseTo(0.55 ** 2, 12);
  });
});
