// A real migrated SQLite file for load benches, in its own folder under .tmp/bench/ (benches do
// not run the test suite's global setup), with a team of `size` members and a yes/no question.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { createDb, type Db } from "../lib/db/client";
import { resolveDatabaseConfig } from "../lib/db/config";
import { applyMigrations, summarizeCliFailure } from "../lib/db/migrations";
import type { SignedInViewer } from "../lib/domain/viewer";
import { createSession } from "../lib/sessions/sessions";

export type SessionFixture = {
  db: Db;
  teamId: string;
  questionId: string;
  /** Everyone in the team; the first one is the owner, who facilitates. */
  members: SignedInViewer[];
  newSession: (title: string) => Promise<string>;
  cleanup: () => Promise<void>;
};

const DAY_MS = 86_400_000;

export async function buildSessionFixture(size: number): Promise<SessionFixture> {
  const dir = path.resolve(`.tmp/bench/run-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  const config = resolveDatabaseConfig(`file:${path.join(dir, "bench.db")}`);
  const migrated = applyMigrations(config);
  if (!migrated.ok) throw new Error(`Could not build the bench database: ${summarizeCliFailure(migrated.output)}`);
  const db = createDb(config);

  const team = await db.team.create({ data: { name: "Load test", slug: `load-${randomUUID().slice(0, 8)}` } });
  const members: SignedInViewer[] = [];
  for (let i = 0; i < size; i++) {
    const user = await db.user.create({
      data: { email: `participant${i}@example.org`, name: `Participant ${i + 1}` },
      select: { id: true, name: true },
    });
    await db.teamMembership.create({ data: { teamId: team.id, userId: user.id, role: i === 0 ? "OWNER" : "MEMBER" } });
    members.push({ userId: user.id, name: user.name, role: "USER", teamIds: [team.id] });
  }
  const now = Date.now();
  const question = await db.question.create({
    data: {
      title: "Will the groups announce a truce this year?",
      resolutionCriteria: "Yes if both groups' official media announce a ceasefire.",
      openAt: new Date(now - DAY_MS),
      closeAt: new Date(now + 365 * DAY_MS),
      resolveBy: new Date(now + 365 * DAY_MS),
      teamId: team.id,
      createdById: members[0]!.userId,
    },
  });
  const facilitator = members[0]!;
  return {
    db,
    teamId: team.id,
    questionId: question.id,
    members,
    newSession: async (title) =>
      (await createSession(db, facilitator, { teamId: team.id, title, questionIds: [question.id] })).id,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
