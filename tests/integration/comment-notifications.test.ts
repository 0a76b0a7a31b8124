// Mentions and replies through the outbox on a real SQLite file, with explicit clocks: exactly
// one notification per comment and recipient (two fan-outs at once, then the dispatcher's loop
// again), none for the comment's author, for people who may not see the question, for a comment
// deleted before the fan-out, or for someone who turned the kind off; the inbox links to the
// comment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import { mentionablePeople } from "@/lib/comments/mentionable";
import { createComment, deleteComment } from "@/lib/comments/write";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { fanOutNotifications } from "@/lib/notifications/fan-out";
import { listNotifications } from "@/lib/notifications/inbox";
import { createQuestion } from "@/lib/questions/create";
import { createWebhookDispatcher } from "@/lib/webhooks/dispatcher";
import { createTeam } from "@/lib/teams/teams";
import { createTestDb, type TestDb } from "../support/test-db";
import { createUser } from "@/lib/users/create-user";

let handle: TestDb;
const people: Record<"ana" | "ben" | "cara" | "dan", SignedInViewer> = {} as never;
let teamId: string;
let publicQuestion: string;
let teamQuestion: string;

// Explicit clocks: each step of a test a minute after the last, from a fixed start.
let clock = new Date("2030-03-01T09:00:00.000Z").getTime();
const tick = () => new Date((clock += 60_000));

const viewer = async (id: string) => (await viewerForUser(handle.db, id)) as SignedInViewer;
const noticesFor = (who: SignedInViewer) =>
  handle.db.notification.findMany({ where: { recipientId: who.userId }, orderBy: { createdAt: "asc" } });
const comment = (who: SignedInViewer, questionId: string, body: string, parentId?: string) =>
  createComment(handle.db, who, questionId, { body, ...(parentId ? { parentId } : {}) }, tick());

async function fanOutTwiceAndAgain() {
  const now = tick();
  await Promise.all([fanOutNotifications(handle.db, now), fanOutNotifications(handle.db, now)]);
  await createWebhookDispatcher(handle.db).runOnce(tick());
}

beforeAll(async () => {
  handle = createTestDb();
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  const make = async (email: string, name: string) => viewer((await createUser(handle.db, { email, name })).id);
  people.ana = await make("ana.lima@example.org", "Ana Lima");
  people.ben = await make("ben@example.org", "Ben Ng");
  people.cara = await make("cara@example.org", "Cara");
  people.dan = await make("dan@example.org", "Dan");
  const team = await createTeam(handle.db, people.ana, { name: "Mention team" });
  teamId = team.id;
  await handle.db.teamMembership.create({ data: { teamId, userId: people.ben.userId, role: "MEMBER" } });
  people.ana = await viewer(people.ana.userId);
  people.ben = await viewer(people.ben.userId);
  const question = async (title: string, team?: string) =>
    (
      await createQuestion(
        handle.db,
        people.ana,
        {
          title,
          resolutionCriteria: "Yes if the test says so.",
          closeAt: "2031-01-01T00:00:00.000Z",
          resolveBy: "2031-02-01T00:00:00.000Z",
          ...(team ? { teamId: team } : {}),
        },
        tick(),
      )
    ).id;
  publicQuestion = await question("Will the mentions reach the right people?");
  teamQuestion = await question("Will the team's mentions stay in the team?", teamId);
  await fanOutNotifications(handle.db, tick());
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("mentions", () => {
  it("notifies each person mentioned, by name or email handle, once, and not the author", async () => {
    const written = await comment(
      people.cara,
      publicQuestion,
      "@AnaLima and @ben, look. Also @analima again, @cara (me) and `@dan` in code, and nobody@example.org.",
    );
    await fanOutTwiceAndAgain();
    const [forAna, forBen, forCara, forDan] = await Promise.all([
      noticesFor(people.ana),
      noticesFor(people.ben),
      noticesFor(people.cara),
      noticesFor(people.dan),
    ]);
    expect(forAna.map((n) => n.kind)).toEqual(["comment.mentioned"]);
    expect(forBen.map((n) => n.kind)).toEqual(["comment.mentioned"]);
    expect(forCara).toEqual([]);
    expect(forDan).toEqual([]);
    expect(JSON.parse(forAna[0]!.payload)).toEqual({ commentId: written.id, actorName: "Cara" });
  });

  it("notifies nobody who may not see the team question", async () => {
    const before = await handle.db.notification.count();
    await comment(people.ana, teamQuestion, "Only @ben should hear this; @cara and @dan are not in the team.");
    await fanOutTwiceAndAgain();
    const about = await handle.db.notification.findMany({ where: { questionId: teamQuestion } });
    expect(about.map((n) => [n.recipientId, n.kind])).toEqual([[people.ben.userId, "comment.mentioned"]]);
    expect(await handle.db.notification.count()).toBe(before + 1);
  });

  it("links the inbox entry to the comment", async () => {
    const inbox = await listNotifications(handle.db, people.ben, {});
    const [newest] = inbox.items;
    expect(newest).toMatchObject({ kind: "comment.mentioned", actorName: "Ana Lima", question: { id: teamQuestion } });
    expect(newest!.href).toBe(`/questions/${teamQuestion}#comment-${newest!.commentId}`);
  });
});

describe("replies", () => {
  it("notifies the parent's author once, even when the reply mentions them too", async () => {
    const top = await comment(people.dan, publicQuestion, "A thought to answer.");
    await fanOutTwiceAndAgain();
    const danBefore = (await noticesFor(people.dan)).length;
    await comment(people.ben, publicQuestion, "Good point, @dan.", top.id);
    await fanOutTwiceAndAgain();
    const forDan = (await noticesFor(people.dan)).slice(danBefore);
    expect(forDan.map((n) => n.kind)).toEqual(["comment.replied"]);
    // Replying to yourself tells nobody.
    await comment(people.dan, publicQuestion, "Answering myself.", top.id);
    await fanOutTwiceAndAgain();
    expect((await noticesFor(people.dan)).slice(danBefore)).toHaveLength(1);
  });

  it("tells nobody about a comment deleted before the fan-out reached it", async () => {
    const before = await handle.db.notification.count();
    const regretted = await comment(people.cara, publicQuestion, "@ben I take it back.");
    await deleteComment(handle.db, people.cara, regretted.id, tick());
    await fanOutTwiceAndAgain();
    expect(await handle.db.notification.count()).toBe(before);
  });

  it("leaves out someone who turned the kind off", async () => {
    await handle.db.notificationSettings.create({
      data: { userId: people.ana.userId, mutedKinds: "comment.mentioned" },
    });
    const before = (await noticesFor(people.ana)).length;
    await comment(people.ben, publicQuestion, "@AnaLima are you there?");
    await fanOutTwiceAndAgain();
    expect(await noticesFor(people.ana)).toHaveLength(before);
  });

  it("suggests a team question's members, and a public question's commenters, never the viewer", async () => {
    const team = await mentionablePeople(handle.db, people.ana, { id: teamQuestion, teamId });
    expect(team).toEqual([{ name: "Ben Ng", handle: "BenNg" }]);
    const open = await mentionablePeople(handle.db, people.ben, { id: publicQuestion, teamId: null });
    // Cara and Dan commented (Cara's only live comment counts); Ana never did.
    expect(open.map((person) => person.handle)).toEqual(["Cara", "Dan"]);
  });

  it("leaves no event unmarked", async () => {
    expect(await handle.db.outboxEvent.count({ where: { notificationsFannedOutAt: null } })).toBe(0);
  });
});
