// A question's discussion through the real API routes on a real SQLite file: who may read and
// write (the question's own visibility, for a public and a team question, to a member, an
// outsider and a signed-out visitor), that a comment carries no forecast a reader may not see,
// replies one level deep, edit history, deletion markers and who may set them, and 400s that
// name the field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDeliveryBody } from "@/lib/webhooks/render";
import { call } from "../support/api-client";
import { personWithKey, type Person } from "../support/people";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let admin: Person; // administrator, not in the team
let owner: Person; // owns the team
let member: Person; // team member
let outsider: Person; // signed in, not in the team
let teamId: string;
let publicQuestion: string;
let teamQuestion: string;

const routes = async () => ({
  teams: await import("@/app/api/v1/teams/route"),
  invites: await import("@/app/api/v1/teams/[id]/invites/route"),
  accept: await import("@/app/api/v1/invites/[token]/accept/route"),
  questions: await import("@/app/api/v1/questions/route"),
  forecasts: await import("@/app/api/v1/questions/[id]/forecasts/route"),
  comments: await import("@/app/api/v1/questions/[id]/comments/route"),
  comment: await import("@/app/api/v1/comments/[id]/route"),
});
let r: Awaited<ReturnType<typeof routes>>;

const inAYear = () => new Date(Date.now() + 365 * 86400_000).toISOString();

async function newQuestion(key: string, title: string, extra: Record<string, unknown> = {}) {
  const created = await call(r.questions.POST, "POST", "/api/v1/questions", {
    key,
    body: {
      title,
      resolutionCriteria: "Yes if the test says so.",
      closeAt: inAYear(),
      resolveBy: inAYear(),
      ...extra,
    },
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const list = (who: Person | null, questionId: string, query = "") =>
  call(r.comments.GET, "GET", `/api/v1/questions/${questionId}/comments${query}`, {
    key: who?.key,
    params: { id: questionId },
  });
const post = (who: Person | null, questionId: string, body: unknown) =>
  call(r.comments.POST, "POST", `/api/v1/questions/${questionId}/comments`, {
    key: who?.key,
    body,
    params: { id: questionId },
  });
const edit = (who: Person, id: string, body: unknown) =>
  call(r.comment.PATCH, "PATCH", `/api/v1/comments/${id}`, { key: who.key, body, params: { id } });
const remove = (who: Person, id: string) =>
  call(r.comment.DELETE, "DELETE", `/api/v1/comments/${id}`, { key: who.key, params: { id } });
const history = (who: Person | null, id: string) =>
  call(r.comment.GET, "GET", `/api/v1/comments/${id}`, { key: who?.key, params: { id } });

beforeAll(async () => {
  handle = createTestDb();
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  r = await routes();
  admin = await personWithKey(handle.db, "admin@example.org", "Ada Admin", "admin");
  owner = await personWithKey(handle.db, "owner@example.org", "Olga Owner");
  member = await personWithKey(handle.db, "member@example.org", "Mo Member");
  outsider = await personWithKey(handle.db, "outsider@example.org", "Otto Outsider");
  const team = await call(r.teams.POST, "POST", "/api/v1/teams", { key: owner.key, body: { name: "Talk team" } });
  teamId = team.body.id;
  const invite = await call(r.invites.POST, "POST", "", { key: owner.key, params: { id: teamId } });
  await call(r.accept.POST, "POST", "", { key: member.key, params: { token: invite.body.token } });
  publicQuestion = await newQuestion(owner.key, "Will the public discussion stay civil?");
  teamQuestion = await newQuestion(owner.key, "Will the team discussion stay inside the team?", { teamId });
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("visibility: exactly that of the question", () => {
  it("lets anyone signed in comment on a public question; everyone reads it, signed out without names", async () => {
    for (const who of [owner, member, outsider]) {
      expect((await post(who, publicQuestion, { body: `Hello from ${who.id}` })).status).toBe(201);
    }
    expect((await post(null, publicQuestion, { body: "Anonymous?" })).status).toBe(401);
    for (const who of [owner, member, outsider]) {
      const page = await list(who, publicQuestion);
      expect(page.status).toBe(200);
      expect(page.body.items).toHaveLength(3);
      expect(page.body.items[0].author).toMatchObject({ name: "Olga Owner" });
    }
    const signedOut = await list(null, publicQuestion);
    expect(signedOut.status).toBe(200);
    expect(signedOut.body.items).toHaveLength(3);
    expect(signedOut.body.items.map((item: { author: unknown }) => item.author)).toEqual([null, null, null]);
    expect(signedOut.body.items.every((item: { canEdit: boolean }) => !item.canEdit)).toBe(true);
  });

  it("keeps a team question's discussion to its members: 404 to outsiders and signed-out visitors", async () => {
    const posted = await post(member, teamQuestion, { body: "Members only, please." });
    expect(posted.status).toBe(201);
    expect((await post(outsider, teamQuestion, { body: "Let me in" })).status).toBe(404);
    expect((await post(admin, teamQuestion, { body: "Admins are not members" })).status).toBe(404);
    expect((await list(owner, teamQuestion)).body.items).toHaveLength(1);
    expect((await list(member, teamQuestion)).body.items).toHaveLength(1);
    expect((await list(outsider, teamQuestion)).status).toBe(404);
    expect((await list(null, teamQuestion)).status).toBe(404);
    // Nor through the comment's own address.
    const id = posted.body.id as string;
    expect((await history(outsider, id)).status).toBe(404);
    expect((await history(null, id)).status).toBe(404);
    expect((await edit(outsider, id, { body: "Changed" })).status).toBe(404);
    expect((await remove(outsider, id)).status).toBe(404);
    expect((await history(member, id)).status).toBe(200);
  });

  it("stops showing a team's discussion to someone who left the team", async () => {
    const leaver = await personWithKey(handle.db, "leaver@example.org", "Lee Leaver");
    await handle.db.teamMembership.create({ data: { teamId, userId: leaver.id, role: "MEMBER" } });
    expect((await list(leaver, teamQuestion)).status).toBe(200);
    await handle.db.teamMembership.deleteMany({ where: { teamId, userId: leaver.id } });
    expect((await list(leaver, teamQuestion)).status).toBe(404);
  });
});

describe("hidden forecasts", () => {
  it("never attaches a forecast to a comment, so a reader who may not see forecasts learns none", async () => {
    const hiding = await newQuestion(owner.key, "Will the hidden forecasts stay hidden?", {
      hideForecastsUntilForecast: true,
    });
    const forecast = await call(r.forecasts.POST, "POST", "", {
      key: owner.key,
      body: { probability: 0.87, rationale: "A rationale with a number: 87%." },
      params: { id: hiding },
    });
    expect(forecast.status).toBe(201);
    expect((await post(owner, hiding, { body: "I have forecast; here is my reasoning, not my number." })).status).toBe(
      201,
    );
    // The outsider has not forecast: the forecasts are hidden from them ...
    const forecasts = await call(r.forecasts.GET, "GET", "", { key: outsider.key, params: { id: hiding } });
    expect(forecasts.body.hidden).toBe(true);
    // ... and the discussion carries words and names only.
    const page = await list(outsider, hiding);
    expect(page.body.items).toHaveLength(1);
    const text = JSON.stringify(page.body);
    expect(text).not.toContain("0.87");
    expect(text).not.toContain("87%");
    expect(text).not.toMatch(/probabilit/i);
    expect(Object.keys(page.body.items[0]).sort()).toEqual(
      [
        "author",
        "body",
        "canDelete",
        "canEdit",
        "createdAt",
        "deleted",
        "editedAt",
        "id",
        "parentId",
        "questionId",
        "replies",
        "revisionCount",
      ].sort(),
    );
  });
});

describe("replies, edits and deletion", () => {
  let topId: string;

  it("replies one level deep; a reply to a reply is a 400 naming parentId", async () => {
    const top = await post(owner, publicQuestion, { body: "A **top-level** comment." });
    topId = top.body.id;
    const reply = await post(member, publicQuestion, { body: "A reply.", parentId: topId });
    expect(reply.status).toBe(201);
    expect(reply.body.parentId).toBe(topId);
    const deeper = await post(outsider, publicQuestion, { body: "A reply to a reply.", parentId: reply.body.id });
    expect(deeper.status).toBe(400);
    expect(deeper.body.error.issues[0].path).toBe("parentId");
    expect(deeper.body.error.message).toMatch(/one level/);
    // A parent on another question is no parent here.
    const elsewhere = await post(member, teamQuestion, { body: "Wrong thread.", parentId: topId });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.issues[0].path).toBe("parentId");
    const page = await list(outsider, publicQuestion);
    const thread = page.body.items.find((item: { id: string }) => item.id === topId);
    expect(thread.replies.map((item: { body: string }) => item.body)).toEqual(["A reply."]);
  });

  it("refuses an empty or missing body with a 400 naming body", async () => {
    for (const body of [{ body: "" }, { body: "   \n " }, {}, { body: 42 }]) {
      const refused = await post(member, publicQuestion, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error.message).toMatch(/^body/);
      expect(refused.body.error.issues[0].path).toBe("body");
    }
    const tooLong = await post(member, publicQuestion, { body: "x".repeat(10_001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.issues[0].path).toBe("body");
    expect((await edit(owner, topId, { body: "" })).status).toBe(400);
  });

  it("keeps every earlier body when its author edits; others may not edit", async () => {
    expect((await edit(member, topId, { body: "Not mine to change" })).status).toBe(403);
    expect((await edit(admin, topId, { body: "Not even an admin's" })).status).toBe(403);
    const first = await edit(owner, topId, { body: "A **top-level** comment, corrected." });
    expect(first.status).toBe(200);
    expect(first.body.editedAt).not.toBeNull();
    expect(first.body.revisionCount).toBe(1);
    await edit(owner, topId, { body: "A **top-level** comment, corrected twice." });
    // The same text again is no edit.
    const same = await edit(owner, topId, { body: "A **top-level** comment, corrected twice." });
    expect(same.body.revisionCount).toBe(2);
    const shown = await history(member, topId);
    expect(shown.status).toBe(200);
    expect(shown.body.body).toBe("A **top-level** comment, corrected twice.");
    expect(shown.body.revisions.map((revision: { body: string }) => revision.body)).toEqual([
      "A **top-level** comment, corrected.",
      "A **top-level** comment.",
    ]);
    expect(shown.body.revisions[1].writtenAt).toBe(
      (await handle.db.comment.findUniqueOrThrow({ where: { id: topId } })).createdAt.toISOString(),
    );
  });

  it("lets the author or an administrator delete, leaving a marker; anyone else gets a 403", async () => {
    const byOutsider = await post(outsider, publicQuestion, { body: "Something I regret." });
    const byMember = await post(member, publicQuestion, { body: "Something against the rules." });
    expect((await remove(member, byOutsider.body.id)).status).toBe(403);
    expect((await remove(owner, byOutsider.body.id)).status).toBe(403);

    const ownDelete = await remove(outsider, byOutsider.body.id);
    expect(ownDelete.status).toBe(200);
    expect(ownDelete.body).toMatchObject({ body: null, author: null, deleted: { by: "author" }, canEdit: false });
    const moderated = await remove(admin, byMember.body.id);
    expect(moderated.status).toBe(200);
    expect(moderated.body.deleted.by).toBe("moderator");
    // Deleting again changes nothing; a deleted comment can be neither edited nor answered.
    expect((await remove(outsider, byOutsider.body.id)).body.deleted.at).toBe(ownDelete.body.deleted.at);
    expect((await edit(outsider, byOutsider.body.id, { body: "Undo" })).status).toBe(409);
    expect((await post(owner, publicQuestion, { body: "Late reply", parentId: byMember.body.id })).status).toBe(409);

    const page = await list(member, publicQuestion);
    const markers = page.body.items.filter((item: { deleted: unknown }) => item.deleted !== null);
    expect(markers.map((item: { id: string; body: unknown }) => [item.id, item.body])).toEqual([
      [byOutsider.body.id, null],
      [byMember.body.id, null],
    ]);
    // Nor does the history give the words back.
    expect((await history(member, byOutsider.body.id)).body).toMatchObject({ body: null, revisions: [] });
    // The words are kept in the database, not dropped.
    const stored = await handle.db.comment.findUniqueOrThrow({ where: { id: byOutsider.body.id } });
    expect(stored).toMatchObject({ body: "Something I regret.", deletedById: outsider.id });
  });

  it("pages top-level comments oldest first, with a cursor", async () => {
    const first = await list(member, publicQuestion, "?limit=2");
    expect(first.body.items).toHaveLength(2);
    const rest = await list(member, publicQuestion, `?limit=100&cursor=${first.body.nextCursor}`);
    const ids = [...first.body.items, ...rest.body.items].map((item: { id: string }) => item.id);
    const stored = await handle.db.comment.findMany({
      where: { questionId: publicQuestion, parentId: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(ids).toEqual(stored.map((comment) => comment.id));
    expect(rest.body.nextCursor).toBeNull();
    expect((await list(member, publicQuestion, "?cursor=nonsense")).status).toBe(400);
  });

  it("writes one comment.created outbox event per comment, in its transaction", async () => {
    const comments = await handle.db.comment.count();
    const events = await handle.db.outboxEvent.count({ where: { type: "comment.created" } });
    expect(events).toBe(comments);
  });

  it("announces a comment to webhooks with its author, words and link; a deleted one without its words", async () => {
    const [live, gone] = await Promise.all(
      [topId, (await handle.db.comment.findFirstOrThrow({ where: { deletedAt: { not: null } } })).id].map((id) =>
        handle.db.outboxEvent.findFirstOrThrow({
          where: { type: "comment.created", payload: { contains: id } },
          select: { type: true, payload: true, occurredAt: true },
        }),
      ),
    );
    const sent = JSON.parse(await renderDeliveryBody(handle.db, { id: "d1", event: live! }, "json"));
    expect(sent).toMatchObject({
      event: "comment.created",
      summary:
        "Olga Owner commented on Will the public discussion stay civil?: A **top-level** comment, corrected twice.",
      comment: {
        id: topId,
        parentId: null,
        author: { name: "Olga Owner" },
        path: `/questions/${publicQuestion}#comment-${topId}`,
      },
    });
    const deleted = JSON.parse(await renderDeliveryBody(handle.db, { id: "d2", event: gone! }, "slack"));
    expect(deleted.comment.body).toBeNull();
    expect(deleted.text).not.toContain("regret");
    expect(deleted.text).not.toContain("against the rules");
  });
});
