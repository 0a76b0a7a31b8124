// Session reports on multiple-choice questions, and what anonymous sessions reveal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { multiBrierScore } from "@/lib/forecasting";
import { sessionReport } from "@/lib/sessions/report";
import { advanceSession, answerInSession, createSession, sessionView } from "@/lib/sessions/sessions";
import { createTeam } from "@/lib/teams/teams";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/lib/seed/load";
import { QUESTIONS } from "@/lib/seed/data/questions";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let facilitator: SignedInViewer;
let members: SignedInViewer[];

async function viewer(email: string, name: string) {
  const user = await createUser(handle.db, { email, name });
  return (await viewerForUser(handle.db, user.id)) as SignedInViewer;
}

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  facilitator = await viewer("f@example.org", "Fay");
  members = [await viewer("a@example.org", "Zed"), await viewer("b@example.org", "Abe")];
});

afterAll(async () => handle.cleanup());

describe("a session on a resolved multiple-choice question", () => {
  it("reports Briers above 1 and keeps anonymous participants anonymous", async () => {
    const seeded = QUESTIONS.find((q) => q.type === "MULTIPLE_CHOICE" && q.resolution)!;
    const question = await handle.db.question.findUniqueOrThrow({
      where: { seedKey: seeded.key },
      include: { options: { orderBy: { position: "asc" } }, currentResolution: true },
    });
    const team = await createTeam(handle.db, facilitator, { name: "Desk" });
    for (const member of members) {
      await handle.db.teamMembership.create({ data: { teamId: team.id, userId: member.userId } });
    }
    const session = await createSession(handle.db, facilitator, {
      teamId: team.id,
      title: "Relations in 2020",
      questionIds: [question.id],
    });
    const happened = question.options.findIndex((o) => o.id === question.currentResolution!.optionId);
    // Almost everything on an option that did not happen: a Brier well above 1.
    const wrong = question.options.map((_, i) =>
      i === (happened + 1) % question.options.length ? 0.9 : 0.1 / (question.options.length - 1),
    );
    const right = question.options.map((_, i) => (i === happened ? 0.6 : 0.4 / (question.options.length - 1)));
    const probabilities = (ps: number[]) => Object.fromEntries(question.options.map((o, i) => [o.id, ps[i]!]));
    await answerInSession(handle.db, members[0]!, session.id, {
      questionId: question.id,
      probabilities: probabilities(wrong),
      rationale: "Zed's reason",
    });
    await answerInSession(handle.db, members[1]!, session.id, {
      questionId: question.id,
      probabilities: probabilities(right),
      rationale: "Abe's reason",
    });

    await advanceSession(handle.db, facilitator, session.id);
    const revealed = await sessionView(handle.db, members[1]!, session.id);
    const q = revealed.questions[0]!;
    expect(q.answered.round1).toEqual(["Abe", "Zed"]); // alphabetical, never in answer order
    expect(q.round1!.answers.map((a) => a.participant)).not.toContain("Zed");

    await advanceSession(handle.db, facilitator, session.id);
    await advanceSession(handle.db, facilitator, session.id);
    const report = await sessionReport(handle.db, members[1]!, session.id);
    const brierOfZed = multiBrierScore(wrong, happened);
    expect(brierOfZed).toBeGreaterThan(1);
    const briers = report.questions[0]!.people.map((p) => p.brier2).sort();
    expect(briers).toEqual([multiBrierScore(right, happened), brierOfZed].sort());
    // Nobody's id but the viewer's own is in an anonymous report.
    expect(JSON.stringify(report)).not.toContain(members[0]!.userId);
    expect(report.people.find((p) => p.you)?.userId).toBe(members[1]!.userId);
  });
});
