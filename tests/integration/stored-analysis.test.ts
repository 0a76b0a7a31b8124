// A source's analysis is computed once and stored with it; a page view reads the stored copy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { createSource } from "@/lib/sources/create";
import { ANALYSIS_VERSION, sourceAnalysis } from "@/lib/sources/stored-analysis";
import { createUser } from "@/lib/users/create-user";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let viewer: SignedInViewer;

const TEXT =
  "Officials said the ceasefire is likely to hold through the winter. A merger of the two groups is unlikely before 2030.";

beforeAll(async () => {
  handle = createTestDb();
  const user = await createUser(handle.db, { email: "reader@example.org", name: "Reader" });
  viewer = { userId: user.id, name: "Reader", role: "USER", teamIds: [] };
});

afterAll(async () => handle.cleanup());

describe("stored source analysis", () => {
  it("analyses a text once, then serves the stored copy until the extractor's version changes", async () => {
    const { source } = await createSource(handle.db, viewer, {
      title: "Winter outlook",
      author: "A. Writer",
      outlet: "Desk",
      publishedAt: "2030-01-02",
      text: TEXT,
    });
    const first = await sourceAnalysis(handle.db, { id: source.id, text: TEXT });
    expect(first.analysis?.candidates.length).toBeGreaterThan(0);
    const row = await handle.db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(row.analysisVersion).toBe(ANALYSIS_VERSION);
    expect(JSON.parse(row.analysis!)).toEqual(first);

    // A marked stored copy comes back as stored: the text was not analysed again.
    const marked = { analysis: { candidates: [], debris: [] }, problem: null };
    await handle.db.source.update({ where: { id: source.id }, data: { analysis: JSON.stringify(marked) } });
    expect(await sourceAnalysis(handle.db, { id: source.id, text: TEXT })).toEqual(marked);

    // From another extractor version, the text is analysed afresh and stored again.
    await handle.db.source.update({ where: { id: source.id }, data: { analysisVersion: "older" } });
    expect(await sourceAnalysis(handle.db, { id: source.id, text: TEXT })).toEqual(first);
    const again = await handle.db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(again.analysisVersion).toBe(ANALYSIS_VERSION);
  });
});
