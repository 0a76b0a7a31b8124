// The Fatebook import on a real PostgreSQL server: one transaction, the same counts and scores as
// on SQLite, and nothing added by a second import. Runs when TEST_POSTGRES_URL names a server.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { importForecasts } from "@/lib/imports/import";
import { createUser } from "@/lib/users/create-user";
import { createPostgresTestDb, type PostgresTestDb } from "../support/postgres-db";

const serverUrl = process.env.TEST_POSTGRES_URL;
const FATEBOOK = readFileSync(path.resolve(import.meta.dirname, "../fixtures/imports/fatebook-export.csv"), "utf8");
const NOW = new Date("2025-01-15T00:00:00Z");

describe.skipIf(!serverUrl)("Fatebook import on PostgreSQL (skipped: set TEST_POSTGRES_URL)", () => {
  let handle: PostgresTestDb;
  let ana: SignedInViewer;

  beforeAll(async () => {
    handle = await createPostgresTestDb(serverUrl!, "workbench_import", { seed: false });
    const user = await createUser(handle.db, { email: "ana@example.org", name: "Ana Analyst", role: "admin" });
    await createUser(handle.db, { email: "ben@example.org", name: "Ben Other" });
    ana = { userId: user.id, name: "Ana Analyst", role: "ADMIN", teamIds: [] };
  }, 120_000);

  afterAll(async () => handle?.cleanup());

  it("imports with scores and read models, and a second import adds nothing", async () => {
    const input = { format: "fatebook-csv", content: FATEBOOK, dryRun: false, otherForecasters: "match-by-name" };
    const first = await importForecasts(handle.db, ana, input, NOW);
    expect(first.forecasts).toEqual({ total: 8, new: 8, alreadyImported: 0, skipped: 0 });
    const start = Date.parse("2024-01-05T10:00:00Z");
    const revised = Date.parse("2024-03-01T00:00:00Z");
    const close = Date.parse("2024-06-30T00:00:00Z");
    const expected = (0.09 * (revised - start) + 0.04 * (close - revised)) / (close - start);
    expect(first.scores.find((score) => score.reportedBrier === 0.0557)?.timeAveragedBrier).toBeCloseTo(expected, 12);
    expect(await handle.db.crowdPoint.count()).toBe(8);
    const again = await importForecasts(handle.db, ana, input, NOW);
    expect(again.forecasts).toEqual({ total: 8, new: 0, alreadyImported: 8, skipped: 0 });
    expect(await handle.db.forecast.count()).toBe(8);
  });
});
