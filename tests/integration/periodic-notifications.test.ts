// The dispatcher loop's periodic checks on a real SQLite file, on explicit clocks (never the
// system's, so the suite holds under faketime): a creator hears once per question that it is past
// its resolve-by date, and a forecaster gets at most one stale-forecasts digest a week, listing only
// open questions they may still see whose latest forecast of theirs is older than their period.
// Each check runs twice at once and again to prove it idempotent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { recordForecast } from "@/lib/forecasts/record";
import { listNotifications } from "@/lib/notifications/inbox";
import { notifyPastResolveBy, sendStaleForecastDigests, weekStartOf } from "@/lib/notifications/periodic";
import { updateNotificationSettings } from "@/lib/notifications/settings";
import { createQuestion } from "@/lib/questions/create";
import { resolveQuestion } from "@/lib/questions/resolve";
import { createTeam } from "@/lib/teams/teams";
import { createUser } from "@/lib/users/create-user";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let ana: SignedInViewer; // creates the questions
let ben: SignedInViewer; // forecasts
let cara: SignedInViewer; // creator who turned resolve-by notices off
let dan: SignedInViewer; // forecasts on a team question, then leaves the team
let teamId: string;
const q: Record<"open" | "team" | "overdue" | "teamOverdue" | "resolved" | "caras", string> = {} as never;

const DAY = 86_400_000;
const START = new Date("2030-03-04T09:00:00.000Z"); // a Monday
const at = (days: number) => new Date(START.getTime() + days * DAY);

const viewer = async (id: string) => (await viewerForUser(handle.db, id)) as SignedInViewer;
const kindsOf = async (who: SignedInViewer, kind: string) =>
  handle.db.notification.findMany({ where: { recipientId: who.userId, kind }, orderBy: { createdAt: "asc" } });
const twiceAtOnce = <T>(check: (db: TestDb["db"], now: Date) => Promise<T>, now: Date) =>
  Promise.all([check(handle.db, now), check(handle.db, now)]);

beforeAll(async () => {
  handle = createTestDb();
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  const make = async (email: string, name: string) => viewer((await createUser(handle.db, { email, name })).id);
  ana = await make("ana@example.org", "Ana");
  ben = await make("ben@example.org", "Ben");
  cara = await make("cara@example.org", "Cara");
  dan = await make("dan@example.org", "Dan");
  teamId = (await createTeam(handle.db, ana, { name: "Digest team" })).id;
  await handle.db.teamMembership.create({ data: { teamId, userId: dan.userId, role: "MEMBER" } });
  ana = await viewer(ana.userId);
  dan = await viewer(dan.userId);
  const question = async (who: SignedInViewer, title: string, extra: Record<string, unknown> = {}) =>
    (
      await createQuestion(
        handle.db,
        who,
        {
          title,
          resolutionCriteria: "Yes if the test says so.",
          closeAt: at(90).toISOString(),
          resolveBy: at(100).toISOString(),
          ...extra,
        },
        START,
      )
    ).id;
  q.open = await question(ana, "Will the stale forecast be noticed?");
  q.team = await question(ana, "Will the team's stale forecast stay private?", { teamId });
  q.resolved = await question(ana, "Will the resolved question stay quiet?", {
    closeAt: at(1).toISOString(),
    resolveBy: at(2).toISOString(),
  });
  const overdue = { closeAt: at(20).toISOString(), resolveBy: at(28).toISOString() };
  q.overdue = await question(ana, "Will the overdue question be noticed?", overdue);
  q.teamOverdue = await question(ana, "Will the team's overdue question be noticed?", { ...overdue, teamId });
  q.caras = await question(cara, "Will Cara's overdue question stay quiet?", overdue);
  await updateNotificationSettings(handle.db, cara, {
    mutedKinds: ["question.past_resolve_by"],
    staleAfterDays: 30,
  });
  await recordForecast(handle.db, ben, q.open, { probability: 0.3 }, at(0.1));
  await recordForecast(handle.db, ben, q.resolved, { probability: 0.3 }, at(0.1));
  await recordForecast(handle.db, dan, q.team, { probability: 0.6 }, at(0.1));
  await resolveQuestion(
    handle.db,
    ana,
    q.resolved,
    { outcome: "NO", occurredAt: at(1.5).toISOString(), note: "No." },
    at(1.5),
  );
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("past the resolve-by date", () => {
  it("says nothing before the date", async () => {
    await twiceAtOnce(notifyPastResolveBy, at(27));
    expect(await handle.db.notification.count({ where: { kind: "question.past_resolve_by" } })).toBe(0);
  });

  it("tells the creator once per unresolved question, not about a resolved one, nor anyone who turned it off", async () => {
    await twiceAtOnce(notifyPastResolveBy, at(29));
    await notifyPastResolveBy(handle.db, at(40));
    const forAna = await kindsOf(ana, "question.past_resolve_by");
    expect(forAna.map((n) => n.questionId).sort()).toEqual([q.overdue, q.teamOverdue].sort());
    expect(forAna.every((n) => n.createdAt.getTime() === at(29).getTime())).toBe(true);
    expect(await kindsOf(cara, "question.past_resolve_by")).toEqual([]);
    expect(await handle.db.notification.count({ where: { kind: "question.past_resolve_by" } })).toBe(2);
  });
});

describe("the weekly stale-forecasts digest", () => {
  it("weeks start on Monday, UTC", () => {
    expect(weekStartOf(new Date("2030-03-10T23:59:00.000Z")).toISOString()).toBe("2030-03-04T00:00:00.000Z");
    expect(weekStartOf(new Date("2030-03-11T00:00:00.000Z")).toISOString()).toBe("2030-03-11T00:00:00.000Z");
  });

  it("sends nothing while forecasts are fresh", async () => {
    await twiceAtOnce(sendStaleForecastDigests, at(10));
    expect(await handle.db.notification.count({ where: { kind: "forecasts.stale_digest" } })).toBe(0);
  });

  it("lists the open questions whose latest forecast is older than 30 days, once a week", async () => {
    await twiceAtOnce(sendStaleForecastDigests, at(31));
    await sendStaleForecastDigests(handle.db, at(33)); // the same week
    const forBen = await kindsOf(ben, "forecasts.stale_digest");
    expect(forBen).toHaveLength(1);
    expect(JSON.parse(forBen[0]!.payload)).toEqual({
      staleQuestionIds: [q.open],
      staleCount: 1,
      staleAfterDays: 30,
    });
    // Dan's team question is stale too, and he is still in the team.
    expect(await kindsOf(dan, "forecasts.stale_digest")).toHaveLength(1);
    await sendStaleForecastDigests(handle.db, at(38)); // the next week
    expect(await kindsOf(ben, "forecasts.stale_digest")).toHaveLength(2);
  });

  it("shows the digest's questions in the inbox, linking to quick entry", async () => {
    const inbox = await listNotifications(handle.db, ben, {});
    const digest = inbox.items.find((item) => item.kind === "forecasts.stale_digest");
    expect(digest).toMatchObject({
      staleCount: 1,
      staleAfterDays: 30,
      staleQuestions: [{ id: q.open, title: "Will the stale forecast be noticed?" }],
      href: "/forecast",
    });
  });

  it("leaves out questions someone may no longer see, and respects their own period", async () => {
    const danBefore = (await kindsOf(dan, "forecasts.stale_digest")).length;
    expect(danBefore).toBe(2); // weeks of day 31 and 38
    await handle.db.teamMembership.deleteMany({ where: { teamId, userId: dan.userId } });
    await updateNotificationSettings(handle.db, ben, { mutedKinds: [], staleAfterDays: 60 });
    await sendStaleForecastDigests(handle.db, at(45));
    expect(await kindsOf(dan, "forecasts.stale_digest")).toHaveLength(danBefore);
    expect(await kindsOf(ben, "forecasts.stale_digest")).toHaveLength(2);
    await sendStaleForecastDigests(handle.db, at(66));
    expect(await kindsOf(ben, "forecasts.stale_digest")).toHaveLength(3);
  });
});
