// Resolving rescores from the log read in pages of plain SQL and writes the rows the same way:
// the stored scores equal lib/forecasting's on the whole log (tests/support/rescoring-fixture.ts).
import { afterAll, beforeAll, it } from "vitest";
import { checkRescoringAcrossLogPages } from "../support/rescoring-fixture";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;

beforeAll(() => {
  handle = createTestDb();
});

afterAll(async () => {
  await handle.cleanup();
});

it("scores a yes/no question whose log spans several pages, ties on the boundaries", async () => {
  await checkRescoringAcrossLogPages(handle.db, "BINARY");
}, 60_000);

it("scores a multiple-choice question whose log spans several pages", async () => {
  await checkRescoringAcrossLogPages(handle.db, "MULTIPLE_CHOICE");
}, 60_000);
