// The audit log on a real SQLite file: every audited change writes exactly one entry (with its
// before and after) in the change's own transaction, so a failed change leaves no entry and a
// failed entry leaves no change; filters and keyset pages; administrators only (404 for others);
// and nothing anywhere can change or remove an entry.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as auditModule from "@/lib/audit";
import { listAuditEntries } from "@/lib/audit/list";
import { ADMIN_CLI_ACTOR, recordAudit } from "@/lib/audit/record";
import { auditQuery } from "@/lib/audit/schemas";
import { createApiKey, revokeApiKey } from "@/lib/auth/api-keys";
import { viewerForUser } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { createQuestion } from "@/lib/questions/create";
import { resolveQuestion } from "@/lib/questions/resolve";
import { advanceSession, createSession } from "@/lib/sessions/sessions";
import { acceptInvite, createInvite, revokeInvite } from "@/lib/teams/invites";
import { changeMemberRole, createTeam, removeMember } from "@/lib/teams/teams";
import { deactivateUser } from "@/lib/users/deactivate";
import { parseInput } from "@/lib/validation/parse";
import { call, checked } from "../support/api-client";
import { createTestDb, type TestDb } from "../support/test-db";
import { personWithKey } from "@/tests/support/people";

type Person = { id: string; key: string; viewer: () => Promise<SignedInViewer> };
let handle: TestDb;
let ada: Person; // administrator
let olga: Person; // team owner, creates and resolves questions
let ben: Person;
let cleo: Person;
let auditRoute: typeof import("@/app/api/v1/admin/audit/route");
let reportRoute: typeof import("@/app/api/v1/sessions/[id]/report/route");

const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString();
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

async function person(email: string, name: string, role?: "admin"): Promise<Person> {
  const { id, key } = await personWithKey(handle.db, email, name, role);
  return { id, key, viewer: async () => (await viewerForUser(handle.db, id)) as SignedInViewer };
}

type Entry = {
  id: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
};

const allEntries = async (): Promise<Entry[]> =>
  (await handle.db.auditLog.findMany({ orderBy: [{ at: "asc" }, { id: "asc" }] })).map((row) => ({
    ...row,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  }));

/** Runs a change and returns the audit entries it added. */
async function entriesAddedBy(run: () => Promise<unknown>): Promise<Entry[]> {
  const seen = new Set((await allEntries()).map((entry) => entry.id));
  await run();
  return (await allEntries()).filter((entry) => !seen.has(entry.id));
}

async function onlyEntry(run: () => Promise<unknown>): Promise<Entry> {
  const added = await entriesAddedBy(run);
  expect(added).toHaveLength(1);
  return added[0]!;
}

const question = (viewer: SignedInViewer, title: string, extra: Record<string, unknown> = {}) =>
  createQuestion(handle.db, viewer, {
    title,
    resolutionCriteria: "Resolves Yes if the stated event is reported by two outlets.",
    closeAt: inAYear(),
    resolveBy: inAYear(),
    ...extra,
  });

beforeAll(async () => {
  handle = createTestDb();
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  auditRoute = await import("@/app/api/v1/admin/audit/route");
  reportRoute = await import("@/app/api/v1/sessions/[id]/report/route");
  ada = await person("ada@example.org", "Ada", "admin");
  olga = await person("olga@example.org", "Olga");
  ben = await person("ben@example.org", "Ben");
  cleo = await person("cleo@example.org", "Cleo");
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("every audited change writes exactly one entry, with before and after", () => {
  let questionId: string;
  let teamId: string;

  it("question.created", async () => {
    const entry = await onlyEntry(async () => {
      questionId = (await question(await olga.viewer(), "Will the audit test question resolve Yes?")).id;
    });
    expect(entry).toMatchObject({
      actorId: olga.id,
      actorLabel: "Olga",
      action: "question.created",
      targetType: "question",
      targetId: questionId,
      before: null,
      after: { title: "Will the audit test question resolve Yes?", type: "BINARY", teamId: null },
    });
  });

  it("question.resolved, then question.re-resolved with the replaced resolution as before", async () => {
    // Administrators may resolve a question before it closes.
    const first = await onlyEntry(async () =>
      resolveQuestion(handle.db, await ada.viewer(), questionId, {
        outcome: "YES",
        occurredAt: yesterday(),
        note: "Reported by both outlets",
      }),
    );
    expect(first).toMatchObject({
      actorId: ada.id,
      actorLabel: "Ada",
      action: "question.resolved",
      targetId: questionId,
      before: null,
      after: { outcome: "YES", note: "Reported by both outlets" },
    });
    const second = await onlyEntry(async () =>
      resolveQuestion(handle.db, await ada.viewer(), questionId, {
        outcome: "NO",
        occurredAt: yesterday(),
        note: "The reports were retracted",
        reason: "Both outlets retracted the story",
      }),
    );
    expect(second).toMatchObject({
      actorId: ada.id,
      action: "question.re-resolved",
      before: { outcome: "YES", resolutionId: (first.after as { resolutionId: string }).resolutionId },
      after: { outcome: "NO", reason: "Both outlets retracted the story" },
    });
  });

  it("a resolution that annuls a conditional question writes one entry per question changed", async () => {
    const viewer = await olga.viewer();
    const condition = await question(viewer, "Will the condition of the audit test hold?");
    const dependent = await question(viewer, "If it holds, will the dependent event follow?", {
      conditionQuestionId: condition.id,
      conditionOutcome: "YES",
    });
    const added = await entriesAddedBy(async () =>
      resolveQuestion(handle.db, await ada.viewer(), condition.id, {
        outcome: "NO",
        occurredAt: yesterday(),
        note: "It failed",
      }),
    );
    expect(added.map((entry) => [entry.action, entry.targetId])).toEqual([
      ["question.resolved", condition.id],
      ["question.annulled", dependent.id],
    ]);
    expect(added[0]!.after).toMatchObject({ outcome: "NO", annulledQuestionIds: [dependent.id] });
    expect(added[1]).toMatchObject({ before: null, after: { outcome: "ANNULLED", becauseOf: condition.id } });
  });

  it("invite.created and invite.accepted", async () => {
    const owner = await olga.viewer();
    teamId = (await createTeam(handle.db, owner, { name: "Audit analysts" })).id;
    let token = "";
    let inviteId = "";
    const created = await onlyEntry(async () => {
      const invite = await createInvite(handle.db, owner, teamId, { role: "MEMBER" }, "http://test");
      token = invite.token;
      inviteId = invite.id;
    });
    expect(created).toMatchObject({
      action: "invite.created",
      actorId: olga.id,
      targetType: "invite",
      targetId: inviteId,
      before: null,
      after: { teamId, email: null, role: "MEMBER", expiresAt: expect.any(String) },
    });
    expect(JSON.stringify(created)).not.toContain(token);
    for (const member of [ben, cleo]) {
      const accepted = await onlyEntry(async () => acceptInvite(handle.db, await member.viewer(), token));
      expect(accepted).toMatchObject({
        action: "invite.accepted",
        actorId: member.id,
        targetId: inviteId,
        before: null,
        after: { teamId, userId: member.id, role: "MEMBER" },
      });
    }
    // Accepting again changes nothing, so records nothing.
    expect(await entriesAddedBy(async () => acceptInvite(handle.db, await ben.viewer(), token))).toEqual([]);
  });

  it("invite.revoked, once", async () => {
    const owner = await olga.viewer();
    const invite = await createInvite(handle.db, owner, teamId, { email: "dan@example.org" }, "http://test");
    const revoked = await onlyEntry(() => revokeInvite(handle.db, owner, teamId, invite.id));
    expect(revoked).toMatchObject({
      action: "invite.revoked",
      targetType: "invite",
      targetId: invite.id,
      before: { teamId, revokedAt: null },
      after: { teamId, revokedAt: expect.any(String) },
    });
    expect(await entriesAddedBy(() => revokeInvite(handle.db, owner, teamId, invite.id))).toEqual([]);
  });

  it("team.role-changed, team.member-removed and team.member-left", async () => {
    const owner = await olga.viewer();
    const promoted = await onlyEntry(() => changeMemberRole(handle.db, owner, teamId, ben.id, { role: "FACILITATOR" }));
    expect(promoted).toMatchObject({
      action: "team.role-changed",
      actorId: olga.id,
      targetType: "team",
      targetId: teamId,
      before: { userId: ben.id, role: "MEMBER" },
      after: { userId: ben.id, role: "FACILITATOR" },
    });
    const removed = await onlyEntry(() => removeMember(handle.db, owner, teamId, ben.id));
    expect(removed).toMatchObject({
      action: "team.member-removed",
      actorId: olga.id,
      targetId: teamId,
      before: { userId: ben.id, role: "FACILITATOR" },
      after: null,
    });
    const left = await onlyEntry(async () => removeMember(handle.db, await cleo.viewer(), teamId, cleo.id));
    expect(left).toMatchObject({ action: "team.member-left", actorId: cleo.id, before: { userId: cleo.id } });
    // A refused change records nothing.
    expect(
      await entriesAddedBy(() => expect(removeMember(handle.db, owner, teamId, olga.id)).rejects.toThrow(/owner/)),
    ).toEqual([]);
  });

  it("apikey.created and apikey.revoked, never with the key itself", async () => {
    let key = { id: "", key: "" };
    const created = await onlyEntry(async () => {
      key = await createApiKey(handle.db, ben.id, "ci runner");
    });
    expect(created).toMatchObject({
      action: "apikey.created",
      actorId: ben.id,
      actorLabel: "Ben",
      targetId: key.id,
      before: null,
      after: { userId: ben.id, name: "ci runner" },
    });
    expect(JSON.stringify(created)).not.toContain(key.key);
    const revoked = await onlyEntry(() => revokeApiKey(handle.db, ben.id, key.id));
    expect(revoked).toMatchObject({
      action: "apikey.revoked",
      before: { revokedAt: null },
      after: { revokedAt: expect.any(String) },
    });
    const byCli = await onlyEntry(() => createApiKey(handle.db, ben.id, "by the CLI", ADMIN_CLI_ACTOR));
    expect(byCli).toMatchObject({ actorId: null, actorLabel: "admin CLI" });
  });

  it("session.report-exported for CSV and JSON downloads; a bad format is refused and not recorded", async () => {
    const owner = await olga.viewer();
    const publicQuestion = await question(owner, "Will the session report be exported twice?");
    const session = await createSession(handle.db, owner, {
      teamId,
      title: "Audit session",
      questionIds: [publicQuestion.id],
    });
    for (let step = 0; step < 3; step += 1) await advanceSession(handle.db, owner, session.id);
    const download = (format: string) =>
      checked(reportRoute.GET as unknown as (r: Request, a: unknown) => Promise<Response>)(
        new Request(`http://test/api/v1/sessions/${session.id}/report?format=${format}`, {
          headers: { authorization: `Bearer ${olga.key}` },
        }),
        { params: Promise.resolve({ id: session.id }) },
      );
    for (const format of ["csv", "json"]) {
      const entry = await onlyEntry(async () => expect((await download(format)).status).toBe(200));
      expect(entry).toMatchObject({
        action: "session.report-exported",
        actorId: olga.id,
        targetType: "session",
        targetId: session.id,
        before: null,
        after: { format, questions: 1 },
      });
    }
    expect(await entriesAddedBy(async () => expect((await download("xml")).status).toBe(400))).toEqual([]);
  });
});

describe("an entry and its change commit or fail together", () => {
  // A trigger makes the database refuse audit entries: every audited change must then fail whole.
  const refuseAudit = () =>
    handle.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditLog" BEGIN SELECT RAISE(ABORT, 'audit refused'); END`,
    );
  const allowAudit = () => handle.db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_audit`);

  it("leaves no resolution, question, role, key, invite or deactivation behind when the entry fails", async () => {
    const owner = await olga.viewer();
    const open = await question(owner, "Will a failed audit entry roll the resolution back?");
    const team = await createTeam(handle.db, owner, { name: "Rollback team" });
    const invite = await createInvite(handle.db, owner, team.id, {}, "http://test");
    await acceptInvite(handle.db, await ben.viewer(), invite.token);
    const before = {
      entries: await handle.db.auditLog.count(),
      resolutions: await handle.db.resolution.count(),
      questions: await handle.db.question.count(),
      keys: await handle.db.apiKey.count(),
      invites: await handle.db.teamInvite.count(),
    };
    await refuseAudit();
    try {
      // The failure comes from writing the entry, after the change was made in the same transaction.
      const refused = /auditLog\.create/;
      await expect(
        resolveQuestion(handle.db, await ada.viewer(), open.id, {
          outcome: "YES",
          occurredAt: yesterday(),
          note: "Happened",
        }),
      ).rejects.toThrow(refused);
      await expect(question(owner, "Will this question ever be written at all?")).rejects.toThrow(refused);
      await expect(changeMemberRole(handle.db, owner, team.id, ben.id, { role: "FACILITATOR" })).rejects.toThrow(
        refused,
      );
      await expect(createApiKey(handle.db, ben.id, "never")).rejects.toThrow(refused);
      await expect(createInvite(handle.db, owner, team.id, {}, "http://test")).rejects.toThrow(refused);
      await expect(deactivateUser(handle.db, await ada.viewer(), { userId: cleo.id })).rejects.toThrow(refused);
    } finally {
      await allowAudit();
    }
    expect(await handle.db.auditLog.count()).toBe(before.entries);
    expect(await handle.db.resolution.count()).toBe(before.resolutions);
    expect(await handle.db.question.count()).toBe(before.questions);
    expect(await handle.db.apiKey.count()).toBe(before.keys);
    expect(await handle.db.teamInvite.count()).toBe(before.invites);
    expect((await handle.db.question.findUniqueOrThrow({ where: { id: open.id } })).currentResolutionId).toBeNull();
    const membership = await handle.db.teamMembership.findUniqueOrThrow({
      where: { teamId_userId: { teamId: team.id, userId: ben.id } },
    });
    expect(membership.role).toBe("MEMBER");
    expect((await handle.db.user.findUniqueOrThrow({ where: { id: cleo.id } })).deactivatedAt).toBeNull();
  });

  it("leaves no entry when the change itself fails after the entry was written", async () => {
    const entries = await handle.db.auditLog.count();
    await expect(
      handle.db.$transaction(async (tx) => {
        await recordAudit(tx, {
          actor: ADMIN_CLI_ACTOR,
          action: "user.deactivated",
          target: { type: "user", id: cleo.id },
          before: { deactivatedAt: null },
          after: { deactivatedAt: new Date() },
        });
        await tx.user.update({ where: { id: "cnotarealuseridatall0000" }, data: { deactivatedAt: new Date() } });
      }),
    ).rejects.toThrow();
    expect(await handle.db.auditLog.count()).toBe(entries);
  });
});

describe("reading the log: filters and stable pages", () => {
  // Entries in 2001, out of the way of everything the other tests record.
  const at = (day: number, hour = 12) => new Date(Date.UTC(2001, 0, day, hour));
  let recorded: { id: string; at: Date }[] = [];
  const query = (raw: Record<string, unknown>) => parseInput(auditQuery, raw);
  const list = async (raw: Record<string, unknown>) => listAuditEntries(handle.db, await ada.viewer(), query(raw));

  beforeAll(async () => {
    const plan: [Date, string | null, string, string, string][] = [
      [at(1), olga.id, "question.created", "question", "cq1"],
      [at(2), olga.id, "question.resolved", "question", "cq1"],
      [at(3), ben.id, "apikey.created", "apikey", "ck1"],
      [at(3), ben.id, "apikey.revoked", "apikey", "ck1"], // same instant: the id breaks the tie
      [at(3), null, "user.deactivated", "user", ben.id],
      [at(4), null, "user.reactivated", "user", ben.id],
      [at(5, 23), olga.id, "question.re-resolved", "question", "cq1"],
    ];
    recorded = [];
    for (const [when, actorId, action, type, id] of plan) {
      const actor = actorId ? { id: actorId, label: actorId === olga.id ? "Olga" : "Ben" } : ADMIN_CLI_ACTOR;
      const entry = await recordAudit(
        handle.db,
        { actor, action: action as never, target: { type: type as never, id }, after: { n: recorded.length } },
        when,
      );
      recorded.push({ id: entry.id, at: when });
    }
  });

  const inRange = { from: "2001-01-01", to: "2001-01-31" };
  const expectedOrder = () =>
    [...recorded]
      .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .map((entry) => entry.id);

  it("orders by time then id, newest first, and pages without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await list({ ...inRange, limit: "3", ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
      // Something new arriving between pages does not shift the later ones.
      if (pages === 1) {
        await recordAudit(
          handle.db,
          {
            actor: ADMIN_CLI_ACTOR,
            action: "user.created",
            target: { type: "user", id: "cnewcomer" },
          },
          at(6),
        );
      }
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(expectedOrder());
  });

  it("filters by actor (id, recorded name or current email), action, target and dates", async () => {
    const ids = async (raw: Record<string, unknown>) =>
      (await list({ ...inRange, to: "2001-01-05", ...raw })).items.map((item) => item.id);
    const byIndex = (...indexes: number[]) =>
      expectedOrder().filter((id) => indexes.some((index) => recorded[index]!.id === id));
    expect(await ids({ actor: ben.id })).toEqual(byIndex(2, 3));
    expect(await ids({ actor: "Olga" })).toEqual(byIndex(0, 1, 6));
    expect(await ids({ actor: "ben@example" })).toEqual(byIndex(2, 3));
    expect(await ids({ actor: "admin CLI" })).toEqual(byIndex(4, 5));
    expect(await ids({ action: "question.resolved" })).toEqual(byIndex(1));
    expect(await ids({ targetType: "apikey" })).toEqual(byIndex(2, 3));
    expect(await ids({ targetId: "cq1" })).toEqual(byIndex(0, 1, 6));
    expect(await ids({ targetType: "user", targetId: ben.id })).toEqual(byIndex(4, 5));
    // `to` as a day includes the whole day (the entry at 23:00 on the 5th).
    expect(await ids({ from: "2001-01-03", to: "2001-01-05" })).toEqual(byIndex(2, 3, 4, 5, 6));
    expect(await ids({ from: "2001-01-03T12:00:00Z", to: "2001-01-03T12:00:00Z" })).toEqual(byIndex(2, 3, 4));
  });

  it("shows each entry's actor, target and parsed before/after", async () => {
    const page = await list({ ...inRange, action: "apikey.created" });
    expect(page.items).toEqual([
      {
        id: recorded[2]!.id,
        at: at(3),
        actor: { id: ben.id, label: "Ben", email: "ben@example.org" },
        action: "apikey.created",
        target: { type: "apikey", id: "ck1" },
        before: null,
        after: { n: 2 },
      },
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it("defaults to 50 a page, allows 200, and refuses more, bad cursors, bad dates and unknown filters", async () => {
    expect(query({}).limit).toBe(50);
    expect(query({ limit: "200" }).limit).toBe(200);
    for (const bad of [
      { limit: "201" },
      { limit: "0" },
      { cursor: "not-a-cursor" },
      { from: "yesterday" },
      { from: "2001-02-01", to: "2001-01-01" },
      { action: "question.exploded" },
      { targetType: "planet" },
      { actorId: ben.id },
    ]) {
      expect(() => query(bad), JSON.stringify(bad)).toThrow();
    }
  });

  it("is for administrators: others are told the log does not exist", async () => {
    await expect(listAuditEntries(handle.db, await olga.viewer(), query({}))).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(listAuditEntries(handle.db, null, query({}))).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("GET /api/v1/admin/audit", () => {
  const get = (search: string, key?: string) =>
    call(auditRoute.GET, "GET", `/api/v1/admin/audit${search}`, key ? { key } : {});

  it("answers administrators with { items, nextCursor }", async () => {
    const first = await get("?from=2001-01-01&to=2001-01-31&limit=2", ada.key);
    expect(first.status).toBe(200);
    expect(Object.keys(first.body).sort()).toEqual(["items", "nextCursor"]);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toMatchObject({ action: expect.any(String), target: expect.any(Object) });
    const next = await get(`?from=2001-01-01&to=2001-01-31&limit=2&cursor=${first.body.nextCursor}`, ada.key);
    expect(next.status).toBe(200);
    expect(next.body.items[0].id).not.toBe(first.body.items[0].id);
    expect((await get("?limit=500", ada.key)).status).toBe(400);
  });

  it("is a 404 for everyone else, whatever they ask, and a 401 without credentials", async () => {
    for (const search of ["", "?limit=2", "?limit=500", "?bogus=1"]) {
      const response = await get(search, olga.key);
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toMatch(/audit/i);
    }
    expect((await get("")).status).toBe(401);
  });
});

describe("the log is append-only", () => {
  const changesEntries = /^(update|delete|remove|edit|erase|purge|prune|clear|truncate|upsert|set|replace|rewrite)/i;

  it("exports nothing that changes or removes an entry", () => {
    const exported = Object.entries(auditModule).filter(([, value]) => typeof value === "function");
    expect(exported.map(([name]) => name).sort()).toEqual(
      ["actorOf", "encodeTimeIdCursor", "listAuditEntries", "recordAudit"].sort(),
    );
    for (const [name] of exported) expect(name).not.toMatch(changesEntries);
  });

  it("has no code anywhere that updates or deletes AuditLog rows", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) {
          if (!["node_modules", "generated", ".next", ".tmp", ".git"].includes(name)) walk(file);
        } else if (/\.(ts|tsx|mjs|js|sql)$/.test(name) && !file.endsWith("audit-log.test.ts")) {
          const text = readFileSync(file, "utf8");
          if (
            /auditLog\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/.test(text) ||
            /(UPDATE|DELETE\s+FROM)\s+"?AuditLog"?/i.test(text)
          ) {
            offenders.push(path.relative(process.cwd(), file));
          }
        }
      }
    };
    for (const dir of ["app", "lib", "scripts", "prisma", "components"]) walk(path.resolve(dir));
    expect(offenders).toEqual([]);
  });

  it("keeps entries when what they are about, or who did it, is deleted", async () => {
    const mentioning = async () =>
      (await allEntries()).filter(
        (entry) => entry.actorId === cleo.id || entry.targetId === cleo.id || JSON.stringify(entry).includes(cleo.id),
      );
    const before = await mentioning();
    expect(before.length).toBeGreaterThan(0);
    await handle.db.user.delete({ where: { id: cleo.id } });
    await handle.db.team.deleteMany({});
    expect(await mentioning()).toEqual(before);
  });
});
