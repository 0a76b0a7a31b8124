// The races of tests/integration/security-authz.test.ts on a real PostgreSQL server, where
// requests run on separate pooled connections and truly interleave inside their transactions
// (SQLite runs one transaction at a time per process). Runs when TEST_POSTGRES_URL names a
// server the tests may create databases on, like tests/postgres/postgres-lane.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { AppError } from "@/lib/errors";
import { ALREADY_ANSWERED, answerPractice } from "@/lib/practice/answer";
import { startPractice } from "@/lib/practice/start";
import { changeMemberRole, createTeam, removeMember } from "@/lib/teams/teams";
import { createUser } from "@/lib/users/create-user";
import { createPostgresTestDb, type PostgresTestDb } from "../support/postgres-db";

const serverUrl = process.env.TEST_POSTGRES_URL;

describe.skipIf(!serverUrl)("security races on PostgreSQL (skipped: set TEST_POSTGRES_URL)", () => {
  let handle: PostgresTestDb;
  let db: Db;
  let olga: SignedInViewer;
  let pat: SignedInViewer;

  const viewer = async (email: string, name: string) =>
    (await viewerForUser(db, (await createUser(db, { email, name })).id)) as SignedInViewer;
  const settle = <T>(promise: Promise<T>) =>
    promise.then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );

  beforeAll(async () => {
    handle = await createPostgresTestDb(serverUrl!, "workbench_races");
    db = handle.db;
    olga = await viewer("olga@example.org", "Olga");
    pat = await viewer("pat@example.org", "Pat");
  }, 120_000);

  afterAll(async () => {
    await handle?.cleanup();
  });

  it("records one practice answer per question per run when answers race; the others are 409", async () => {
    for (let round = 0; round < 3; round++) {
      const { run, questions } = await startPractice(db, pat, { theme: "truce" });
      const question = questions.find((q) => q.type === "BINARY")!;
      const results = await Promise.all(
        [0.1, 0.2, 0.3, 0.4, 0.5].map((probability) =>
          settle(answerPractice(db, pat, run.id, { questionId: question.id, probability })),
        ),
      );
      expect(
        results.filter((result) => result.ok),
        `round ${round}`,
      ).toHaveLength(1);
      for (const result of results.filter((each) => !each.ok)) {
        expect(result.error).toBeInstanceOf(AppError);
        expect(result.error).toMatchObject({ code: "conflict", message: ALREADY_ANSWERED });
      }
      expect(await db.forecast.count({ where: { practiceRunId: run.id, questionId: question.id } })).toBe(1);
    }
  });

  async function twoOwnerTeam(teamName: string) {
    const team = await createTeam(db, olga, { name: teamName });
    await db.teamMembership.create({ data: { teamId: team.id, userId: pat.userId, role: "OWNER" } });
    const refreshed = {
      olga: (await viewerForUser(db, olga.userId)) as SignedInViewer,
      pat: (await viewerForUser(db, pat.userId)) as SignedInViewer,
    };
    return { teamId: team.id, ...refreshed };
  }
  const owners = (teamId: string) => db.teamMembership.count({ where: { teamId, role: "OWNER" } });

  it("keeps an owner when two owners demote each other, or both leave, at once", async () => {
    for (let round = 0; round < 5; round++) {
      const team = await twoOwnerTeam(`Demotions ${round}`);
      const demotions = await Promise.all([
        settle(changeMemberRole(db, team.olga, team.teamId, pat.userId, { role: "MEMBER" })),
        settle(changeMemberRole(db, team.pat, team.teamId, olga.userId, { role: "MEMBER" })),
      ]);
      expect(await owners(team.teamId), `demotions, round ${round}`).toBe(1);
      expect(demotions.filter((result) => result.ok)).toHaveLength(1);

      const other = await twoOwnerTeam(`Departures ${round}`);
      const departures = await Promise.all([
        settle(removeMember(db, other.olga, other.teamId, olga.userId)),
        settle(removeMember(db, other.pat, other.teamId, pat.userId)),
      ]);
      expect(await owners(other.teamId), `departures, round ${round}`).toBe(1);
      expect(departures.filter((result) => result.ok)).toHaveLength(1);
    }
  });
});
