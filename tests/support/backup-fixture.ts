// A database with something of everything for backup tests: the seed (sources, excerpts,
// questions, outcomes, resolutions), accounts with an API key, a team, imported Fatebook history
// (multiple choice, forecasts, scores, read models) and audit entries.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { createApiKey } from "../../lib/auth/api-keys";
import type { Db } from "../../lib/db/client";
import { dumpInstall } from "../../lib/backup/dump";
import { importForecasts } from "../../lib/imports/import";
import { seedDatabase } from "../../lib/seed/load";
import { createTeam } from "../../lib/teams/teams";
import { createUser } from "../../lib/users/create-user";

const FATEBOOK = readFileSync(path.resolve(import.meta.dirname, "../fixtures/imports/fatebook-export.csv"), "utf8");

export async function fillForBackup(db: Db) {
  await seedDatabase(db, "if-empty");
  const ana = await createUser(db, { email: "ana@example.org", name: "Ana Analyst" });
  await createUser(db, { email: "ben@example.org", name: "Ben Other" });
  await createApiKey(db, ana.id, "backup test");
  const viewer = { userId: ana.id, name: "Ana Analyst", role: "USER" as const, teamIds: [] };
  // Ana runs the team she imports into, so Ben's forecasts may go to his account once he is a member.
  const team = await createTeam(db, viewer, { name: "Backup desk" });
  const ben = await db.user.findUniqueOrThrow({ where: { email: "ben@example.org" }, select: { id: true } });
  await db.teamMembership.create({ data: { teamId: team.id, userId: ben.id, role: "MEMBER" } });
  await importForecasts(
    db,
    { ...viewer, teamIds: [team.id] },
    { format: "fatebook-csv", content: FATEBOOK, dryRun: false, otherForecasters: "match-by-name", teamId: team.id },
    new Date("2025-01-15T00:00:00Z"),
  );
}

/** The backup document of a database, as text. */
export async function dumpToText(db: Db, schema: string, now: Date): Promise<string> {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  await dumpInstall(db, out, { now, schema });
  return chunks.join("");
}

/** The document without its export time, for comparing two exports of the same data. */
export const withoutExportTime = (text: string) => text.replace(/"exportedAt":"[^"]*"/, '"exportedAt":""');
