// In-app notifications from the outbox on a real SQLite file: events written by the real API
// routes, fanned out by two consumers at once and again by the dispatcher, exactly one
// notification per event and recipient, none for the resolver or for anyone who may not see the
// question, a re-resolution notifies again, and the inbox API pages and marks them read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { fanOutNotifications } from "@/lib/notifications/fan-out";
import { seedDatabase } from "@/lib/seed/load";
import { advanceSession, createSession } from "@/lib/sessions/sessions";
import { createWebhookDispatcher } from "@/lib/webhooks/dispatcher";
import { call } from "../support/api-client";
import { personWithKey, type Person } from "../support/people";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let olga: Person; // administrator, owns the team, resolves
let ben: Person; // team member
let cara: Person; // team member who leaves the team
let dan: Person; // not in the team
let teamId: string;
let teamQuestion: string;
let publicQuestion: string;

const routes = async () => ({
  teams: await import("@/app/api/v1/teams/route"),
  invites: await import("@/app/api/v1/teams/[id]/invites/route"),
  accept: await import("@/app/api/v1/invites/[token]/accept/route"),
  questions: await import("@/app/api/v1/questions/route"),
  forecasts: await import("@/app/api/v1/questions/[id]/forecasts/route"),
  resolution: await import("@/app/api/v1/questions/[id]/resolution/route"),
  inbox: await import("@/app/api/v1/me/notifications/route"),
  read: await import("@/app/api/v1/me/notifications/read/route"),
});
let r: Awaited<ReturnType<typeof routes>>;

const person = (email: string, name: string, role?: "admin") => personWithKey(handle.db, email, name, role);

const inAYear = () => new Date(Date.now() + 365 * 86400_000).toISOString();
const later = (ms: number) => new Date(Date.now() + ms);

async function newQuestion(key: string, title: string, team?: string) {
  const created = await call(r.questions.POST, "POST", "/api/v1/questions", {
    key,
    body: {
      title,
      resolutionCriteria: "Yes if the test says so.",
      closeAt: inAYear(),
      resolveBy: inAYear(),
      themes: ["truce"],
      ...(team ? { teamId: team } : {}),
    },
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function forecast(who: Person, questionId: string, probability: number) {
  const made = await call(r.forecasts.POST, "POST", "", {
    key: who.key,
    body: { probability },
    params: { id: questionId },
  });
  expect(made.status).toBe(201);
}

async function resolve(questionId: string, outcome: "YES" | "NO", reason?: string) {
  const resolved = await call(r.resolution.POST, "POST", "", {
    key: olga.key,
    body: {
      outcome,
      occurredAt: new Date().toISOString(),
      note: "Settled for the test.",
      ...(reason ? { reason } : {}),
    },
    params: { id: questionId },
  });
  expect(resolved.status).toBe(201);
}

const notificationsOf = (who: Person) =>
  handle.db.notification.findMany({ where: { recipientId: who.id }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  r = await routes();
  olga = await person("olga@example.org", "Olga", "admin");
  ben = await person("ben@example.org", "Ben");
  cara = await person("cara@example.org", "Cara");
  dan = await person("dan@example.org", "Dan");
  const team = await call(r.teams.POST, "POST", "/api/v1/teams", { key: olga.key, body: { name: "Inbox team" } });
  teamId = team.body.id;
  for (const member of [ben, cara]) {
    const invite = await call(r.invites.POST, "POST", "", { key: olga.key, params: { id: teamId } });
    await call(r.accept.POST, "POST", "", { key: member.key, params: { token: invite.body.token } });
  }
  // Events from setup (and the seed) are not what these tests are about.
  await fanOutNotifications(handle.db, new Date());
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("fan-out", () => {
  it("tells each forecaster once that a question resolved, with their scores, and not the resolver", async () => {
    publicQuestion = await newQuestion(olga.key, "Will the public inbox question resolve?");
    await forecast(ben, publicQuestion, 0.8);
    await forecast(ben, publicQuestion, 0.7);
    await forecast(dan, publicQuestion, 0.2);
    await forecast(olga, publicQuestion, 0.5);
    await resolve(publicQuestion, "YES");
    // Two consumers at once (two server processes), then the dispatcher's loop again.
    await Promise.all([fanOutNotifications(handle.db, new Date()), fanOutNotifications(handle.db, new Date())]);
    await createWebhookDispatcher(handle.db).runOnce(later(1000));

    const [forBen, forDan, forOlga] = await Promise.all([
      notificationsOf(ben),
      notificationsOf(dan),
      notificationsOf(olga),
    ]);
    expect(forOlga).toEqual([]);
    expect(forBen).toHaveLength(1);
    expect(forDan).toHaveLength(1);
    expect(forBen[0]).toMatchObject({ kind: "question.resolved", questionId: publicQuestion, readAt: null });
    const benPayload = JSON.parse(forBen[0]!.payload);
    expect(benPayload.reResolved).toBe(false);
    // Ben's last forecast was 0.7 on a question that happened: final Brier (1 - 0.7)².
    expect(benPayload.scores.finalBrier).toBeCloseTo(0.09, 6);
    expect(JSON.parse(forDan[0]!.payload).scores.finalBrier).toBeCloseTo(0.64, 6);
  });

  it("tells them again when the question is re-resolved", async () => {
    await resolve(publicQuestion, "NO", "The first report was wrong.");
    await createWebhookDispatcher(handle.db).runOnce(later(1000));
    await fanOutNotifications(handle.db, later(2000));
    const forBen = await notificationsOf(ben);
    expect(forBen).toHaveLength(2);
    const again = JSON.parse(forBen[1]!.payload);
    expect(again.reResolved).toBe(true);
    expect(again.scores.finalBrier).toBeCloseTo(0.49, 6);
    expect(await notificationsOf(olga)).toEqual([]);
  });

  it("tells nobody who may no longer see a team question", async () => {
    teamQuestion = await newQuestion(olga.key, "Will the team inbox question stay private?", teamId);
    await forecast(ben, teamQuestion, 0.6);
    await forecast(cara, teamQuestion, 0.4);
    await handle.db.teamMembership.deleteMany({ where: { teamId, userId: cara.id } });
    const caraBefore = (await notificationsOf(cara)).length;
    await resolve(teamQuestion, "YES");
    await createWebhookDispatcher(handle.db).runOnce(later(1000));
    expect((await notificationsOf(cara)).length).toBe(caraBefore);
    expect((await notificationsOf(ben)).filter((n) => n.questionId === teamQuestion)).toHaveLength(1);
    expect(await handle.db.notification.count({ where: { questionId: teamQuestion } })).toBe(1);
  });

  it("tells a session's team, but not the facilitator, when it moves to its next step", async () => {
    const owner = (await viewerForUser(handle.db, olga.id)) as SignedInViewer;
    const openQuestion = await newQuestion(olga.key, "Will the inbox session question be discussed?", teamId);
    const session = await createSession(handle.db, owner, {
      teamId,
      title: "Inbox session",
      questionIds: [openQuestion],
    });
    await advanceSession(handle.db, owner, session.id);
    await Promise.all([fanOutNotifications(handle.db, later(1000)), fanOutNotifications(handle.db, later(1000))]);
    const about = await handle.db.notification.findMany({ where: { sessionId: session.id } });
    expect(about.map((n) => [n.recipientId, n.kind, JSON.parse(n.payload).step])).toEqual([
      [ben.id, "session.step_changed", "reveal"],
    ]);
  });

  it("leaves no event unmarked", async () => {
    expect(await handle.db.outboxEvent.count({ where: { notificationsFannedOutAt: null } })).toBe(0);
  });
});

describe("the inbox API", () => {
  const inbox = (who: Person, query = "") =>
    call(r.inbox.GET, "GET", `/api/v1/me/notifications${query}`, { key: who.key });
  const markRead = (who: Person, body: unknown) =>
    call(r.read.POST, "POST", "/api/v1/me/notifications/read", { key: who.key, body });

  it("lists your notifications newest first, a page at a time, with the unread count", async () => {
    const first = await inbox(ben, "?limit=2");
    expect(first.status).toBe(200);
    expect(first.body.unreadCount).toBe(4);
    expect(first.body.items.map((item: { kind: string }) => item.kind)).toEqual([
      "session.step_changed",
      "question.resolved",
    ]);
    expect(first.body.items[0].session.title).toBe("Inbox session");
    expect(first.body.items[0].href).toBe(`/sessions/${first.body.items[0].session.id}`);
    expect(first.body.items[1]).toMatchObject({ question: { id: teamQuestion }, href: `/questions/${teamQuestion}` });
    const second = await inbox(ben, `?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((item: { reResolved: boolean }) => item.reResolved)).toEqual([true, false]);
    expect(second.body.nextCursor).toBeNull();
    // Dan sees only his own, about the public question.
    const forDan = await inbox(dan);
    expect(forDan.body.items.map((item: { question: { id: string } }) => item.question.id)).toEqual([
      publicQuestion,
      publicQuestion,
    ]);
  });

  it("marks the named notifications read, ignores other people's, then all", async () => {
    const [newest] = (await inbox(ben)).body.items;
    const [dans] = (await inbox(dan)).body.items;
    const marked = await markRead(ben, { ids: [newest.id, dans.id] });
    expect(marked.status).toBe(200);
    expect(marked.body).toEqual({ marked: 1, unreadCount: 3 });
    expect((await inbox(dan)).body.unreadCount).toBe(2);
    const listed = await inbox(ben);
    expect(listed.body.items[0].readAt).not.toBeNull();
    expect(listed.body.items[1].readAt).toBeNull();
    expect((await markRead(ben, { all: true })).body).toEqual({ marked: 3, unreadCount: 0 });
  });

  it("refuses a request that names neither ids nor all, or both", async () => {
    for (const body of [{}, { ids: [], all: true }, { all: false }, { ids: ["nope"] }]) {
      const refused = await markRead(ben, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
    }
    expect((await inbox(ben, "?cursor=bogus")).status).toBe(400);
  });

  it("stops showing what someone was told about a team question once they leave the team", async () => {
    await handle.db.teamMembership.deleteMany({ where: { teamId, userId: ben.id } });
    const listed = await inbox(ben);
    expect(listed.body.items.map((item: { question: { id: string } | null }) => item.question?.id ?? null)).toEqual([
      publicQuestion,
      publicQuestion,
    ]);
  });
});
