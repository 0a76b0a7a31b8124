// The private calendar feed through the real routes on a real SQLite file, read back with an
// independent iCalendar parser (ical.js): which questions a user follows, one event per date with
// stable UIDs, text escaped and folded so it parses back unchanged, and revoked URLs answering 404.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/load";
import { call, checked } from "../support/api-client";
import { personWithKey, type Person } from "../support/people";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let olga: Person;
let ben: Person;
let dan: Person;
const questions: Record<string, string> = {};

const routes = async () => ({
  teams: await import("@/app/api/v1/teams/route"),
  invites: await import("@/app/api/v1/teams/[id]/invites/route"),
  accept: await import("@/app/api/v1/invites/[token]/accept/route"),
  questions: await import("@/app/api/v1/questions/route"),
  forecasts: await import("@/app/api/v1/questions/[id]/forecasts/route"),
  resolution: await import("@/app/api/v1/questions/[id]/resolution/route"),
  myCalendar: await import("@/app/api/v1/me/calendar/route"),
  feed: await import("@/app/api/v1/calendar/[token]/route"),
});
let r: Awaited<ReturnType<typeof routes>>;

// A title with the characters iCalendar must escape, long enough to need folding.
const AWKWARD_TITLE =
  'Will the truce hold; or, failing that, will talks resume — "soon" — before the leaders\' summit in Doha?';
const DAY = 86400_000;
// iCalendar times have whole seconds.
const wholeSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);
const closeAt = wholeSeconds(Date.now() + 100 * DAY);
const resolveBy = wholeSeconds(Date.now() + 130 * DAY);

const person = (email: string, name: string, role?: "admin") => personWithKey(handle.db, email, name, role);

async function newQuestion(key: string, title: string, teamId?: string) {
  const created = await call(r.questions.POST, "POST", "/api/v1/questions", {
    key,
    body: {
      title,
      resolutionCriteria: "Yes if the test says so.",
      closeAt: closeAt.toISOString(),
      resolveBy: resolveBy.toISOString(),
      themes: ["truce"],
      ...(teamId ? { teamId } : {}),
    },
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function fetchFeed(token: string) {
  const response = await checked(r.feed.GET)(new Request(`http://test/api/v1/calendar/${token}`), {
    params: Promise.resolve({ token }),
  });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

const tokenOf = (url: string) => new URL(url).pathname.split("/").at(-1)!;

function eventsIn(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().getTime(),
      stamp: component.getFirstPropertyValue("dtstamp"),
    };
  });
}

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  r = await routes();
  olga = await person("olga@example.org", "Olga", "admin");
  ben = await person("ben@example.org", "Ben");
  dan = await person("dan@example.org", "Dan");
  const team = await call(r.teams.POST, "POST", "/api/v1/teams", { key: olga.key, body: { name: "Feed team" } });
  const invite = await call(r.invites.POST, "POST", "", { key: olga.key, params: { id: team.body.id } });
  await call(r.accept.POST, "POST", "", { key: ben.key, params: { token: invite.body.token } });
  const otherTeam = await call(r.teams.POST, "POST", "/api/v1/teams", { key: dan.key, body: { name: "Dan's team" } });

  questions.teams = await newQuestion(olga.key, "A question of Ben's team", team.body.id);
  questions.created = await newQuestion(ben.key, AWKWARD_TITLE);
  questions.forecast = await newQuestion(olga.key, "A public question Ben forecast on");
  questions.unrelated = await newQuestion(olga.key, "A public question Ben has nothing to do with");
  questions.otherTeam = await newQuestion(dan.key, "Another team's question", otherTeam.body.id);
  questions.resolved = await newQuestion(ben.key, "A question Ben created that is already resolved");
  await call(r.forecasts.POST, "POST", "", {
    key: ben.key,
    body: { probability: 0.4 },
    params: { id: questions.forecast },
  });
  const resolved = await call(r.resolution.POST, "POST", "", {
    key: olga.key,
    body: { outcome: "YES", occurredAt: new Date().toISOString(), note: "Settled for the test." },
    params: { id: questions.resolved },
  });
  expect(resolved.status).toBe(201);
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("the calendar feed", () => {
  let token: string;

  it("lists the close and resolve-by dates of the unresolved questions Ben follows", async () => {
    const created = await call(r.myCalendar.POST, "POST", "/api/v1/me/calendar", { key: ben.key });
    expect(created.status).toBe(201);
    token = tokenOf(created.body.url);
    expect(token).toMatch(/^cal_.+\.ics$/);
    // Only a hash is stored.
    expect(JSON.stringify(await handle.db.calendarFeed.findMany())).not.toContain(token.replace(/\.ics$/, ""));

    const feed = await fetchFeed(token);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    // Lines are folded at 75 octets, as RFC 5545 requires.
    expect(feed.text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const events = eventsIn(feed.text);
    const followed = [questions.teams, questions.created, questions.forecast];
    const expectedUids = followed.flatMap((id) => [
      `${id}-close@forecast-workbench`,
      `${id}-resolve-by@forecast-workbench`,
    ]);
    expect(events.map((event) => event.uid).sort()).toEqual(expectedUids.sort());
    for (const event of events) {
      expect(event.start).toBe(event.uid.includes("-close@") ? closeAt.getTime() : resolveBy.getTime());
      expect(event.stamp).not.toBeNull();
    }
    expect(events.find((event) => event.uid === `${questions.created}-close@forecast-workbench`)?.summary).toBe(
      `Closes: ${AWKWARD_TITLE}`,
    );
    for (const hidden of [questions.unrelated, questions.otherTeam, questions.resolved]) {
      expect(feed.text).not.toContain(hidden);
    }
    // The same URL without ".ics" serves the same document, with the same UIDs.
    const again = await fetchFeed(token.replace(/\.ics$/, ""));
    expect(eventsIn(again.text).map((event) => event.uid)).toEqual(events.map((event) => event.uid));
  });

  it("stops serving a URL once it is replaced or revoked", async () => {
    const replaced = await call(r.myCalendar.POST, "POST", "/api/v1/me/calendar", { key: ben.key });
    const newToken = tokenOf(replaced.body.url);
    expect((await fetchFeed(token)).status).toBe(404);
    expect((await fetchFeed(newToken)).status).toBe(200);

    expect((await call(r.myCalendar.DELETE, "DELETE", "/api/v1/me/calendar", { key: ben.key })).status).toBe(204);
    expect((await fetchFeed(newToken)).status).toBe(404);
    expect((await call(r.myCalendar.DELETE, "DELETE", "/api/v1/me/calendar", { key: ben.key })).status).toBe(404);
    expect((await fetchFeed("cal_not-a-token.ics")).status).toBe(404);
  });
});
