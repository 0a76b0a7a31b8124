// Importing forecasts (lib/imports) through the real POST /api/v1/imports handler on a real
// SQLite file: a Fatebook export becomes questions, options, forecasts with their own times,
// resolutions and scores computed by the app's scoring, with the read models consistent with a
// rebuild from the log; a broken file names its row and column and writes nothing; importing
// the same file again adds nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { importPreview } from "@/lib/api/responses/imports";
import { createApiKey } from "@/lib/auth/api-keys";
import { THEMES } from "@/lib/domain/themes";
import { rebuildQuestionReadModel } from "@/lib/forecasts/read-model";
import { createUser } from "@/lib/users/create-user";
import { importForecasts } from "@/lib/imports/import";
import { apiClient, type ApiClient } from "../support/api-client";
import { createTestDb, rowCounts, type TestDb } from "../support/test-db";

const FATEBOOK = readFileSync(path.resolve(import.meta.dirname, "../fixtures/imports/fatebook-export.csv"), "utf8");
const GENEVA = 'Will the "Geneva track" talks produce a signed ceasefire, by 30 June 2024?';
const RAQQA = "Which group claims the Raqqa attack first?";
const NOW = new Date("2025-01-15T00:00:00Z");

let handle: TestDb;
let api: ApiClient;
let ana: { id: string };
let ben: { id: string };
type Preview = z.output<typeof importPreview>;

beforeAll(async () => {
  handle = createTestDb();
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  await handle.db.theme.createMany({ data: THEMES.map((theme) => ({ ...theme })) });
  ana = await createUser(handle.db, { email: "ana@example.org", name: "Ana Analyst", role: "admin" });
  ben = await createUser(handle.db, { email: "ben@example.org", name: "Ben Other" });
  api = apiClient({ key: (await createApiKey(handle.db, ana.id, "test")).key });
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

const viewerAna = () => ({ userId: ana.id, name: "Ana Analyst", role: "ADMIN" as const, teamIds: [] });

async function post(body: Record<string, unknown>) {
  const { response, data, error } = await api.POST("/imports", { body: body as never });
  return {
    status: response.status,
    preview: data as Preview,
    error: error as { error: { message: string; issues?: { path: string; message: string }[] } },
  };
}

/** The stored read models of a question, then the same after a rebuild from its log. */
async function readModelsMatchRebuild(questionId: string) {
  const read = async () => ({
    latest: await handle.db.latestForecast.findMany({
      where: { questionId },
      orderBy: { userId: "asc" },
      select: { userId: true, forecastId: true, probs: true },
    }),
    points: await handle.db.crowdPoint.findMany({
      where: { questionId },
      orderBy: [{ t: "asc" }, { forecastId: "asc" }],
      select: { forecastId: true, forecasters: true, values: true },
    }),
    counts: await handle.db.question.findUniqueOrThrow({
      where: { id: questionId },
      select: { liveForecastCount: true, forecasterCount: true },
    }),
  });
  const stored = await read();
  await rebuildQuestionReadModel(handle.db, questionId);
  expect(await read()).toEqual(stored);
  return stored;
}

describe("POST /api/v1/imports (Fatebook)", () => {
  it("previews the export without writing anything", async () => {
    const before = await rowCounts(handle.db);
    const { status, preview } = await post({ format: "fatebook-csv", content: FATEBOOK, dryRun: true });
    expect(status).toBe(200);
    expect(preview.committed).toBe(false);
    expect(preview.rows).toBe(12);
    expect(preview.errors).toEqual([]);
    expect(preview.questions).toMatchObject({ total: 4, new: 4, existing: 0 });
    // Ben's two forecasts are skipped by default; the MC question's six option rows are two forecasts.
    expect(preview.forecasts).toEqual({ total: 8, new: 6, alreadyImported: 0, skipped: 2 });
    expect(preview.resolutions).toEqual({ total: 3, new: 3, alreadyImported: 0, conflicting: 0 });
    expect(preview.forecasters.skipped).toEqual([
      { name: "Ben Other", forecasts: 2, reason: "other people's forecasts are skipped" },
    ]);
    const raqqa = preview.questions.items.find((item) => item.title === RAQQA)!;
    expect(raqqa).toMatchObject({
      type: "MULTIPLE_CHOICE",
      options: ["Islamic State", "HTS", "Other group, or none"],
      resolution: "Islamic State",
      forecasts: 2,
    });
    expect(await rowCounts(handle.db)).toEqual(before);
  });

  it("imports questions, options, forecasts at their own times, resolutions and scores in one go", async () => {
    const { status, preview } = await post({
      format: "fatebook-csv",
      content: FATEBOOK,
      dryRun: false,
      otherForecasters: "match-by-name",
    });
    expect(status).toBe(200);
    expect(preview.committed).toBe(true);
    expect(preview.forecasts).toEqual({ total: 8, new: 8, alreadyImported: 0, skipped: 0 });

    const geneva = await handle.db.question.findFirstOrThrow({
      where: { title: GENEVA },
      include: { currentResolution: true, forecasts: { orderBy: { createdAt: "asc" } } },
    });
    expect(geneva.createdById).toBe(ana.id);
    expect(geneva.createdAt.toISOString()).toBe("2024-01-05T09:00:00.000Z");
    expect(geneva.description).toContain(
      "Talks, mediated by Qatar and Oman, stalled in May.\nSources: Reuters, 12 May; AP, 14 May.",
    );
    expect(geneva.description).toContain('Ben: "not before the summer", I think.');
    expect(geneva.currentResolution).toMatchObject({ outcome: "NO" });
    expect(geneva.currentResolution!.occurredAt.toISOString()).toBe("2024-06-30T00:00:00.000Z");
    expect(geneva.forecasts.map((f) => [f.userId, f.probability, f.createdAt.toISOString()])).toEqual([
      [ana.id, 0.3, "2024-01-05T10:00:00.000Z"],
      [ben.id, 0.5, "2024-01-06T08:30:00.000Z"],
      [ana.id, 0.2, "2024-03-01T00:00:00.000Z"],
    ]);

    // Scores: 0.3 held from Jan 5 10:00 to Mar 1, then 0.2 until the close (Jun 30), outcome NO.
    const anaScore = await handle.db.questionScore.findUniqueOrThrow({
      where: { questionId_userId: { questionId: geneva.id, userId: ana.id } },
    });
    const first = Date.parse("2024-01-05T10:00:00Z");
    const revised = Date.parse("2024-03-01T00:00:00Z");
    const close = Date.parse("2024-06-30T00:00:00Z");
    const expected = (0.09 * (revised - first) + 0.04 * (close - revised)) / (close - first);
    expect(anaScore.finalBrier).toBeCloseTo(0.04, 12);
    expect(anaScore.timeAvgBrier).toBeCloseTo(expected, 12);
    const geneveComparison = preview.scores.find((score) => score.title === GENEVA)!;
    expect(geneveComparison.reportedBrier).toBe(0.0557);
    expect(geneveComparison.timeAveragedBrier).toBeCloseTo(expected, 12);
    expect(geneveComparison.differs).toBe(Math.abs(expected - 0.0557) > 0.001);

    const raqqa = await handle.db.question.findFirstOrThrow({
      where: { title: RAQQA },
      include: {
        options: { orderBy: { position: "asc" } },
        currentResolution: true,
        forecasts: { orderBy: { createdAt: "asc" }, include: { probabilities: true } },
      },
    });
    expect(raqqa.type).toBe("MULTIPLE_CHOICE");
    expect(raqqa.options.map((o) => o.label)).toEqual(["Islamic State", "HTS", "Other group, or none"]);
    expect(raqqa.currentResolution).toMatchObject({ outcome: "OPTION", optionId: raqqa.options[0]!.id });
    const byOption = (forecast: (typeof raqqa.forecasts)[number]) =>
      raqqa.options.map((o) => forecast.probabilities.find((p) => p.optionId === o.id)!.probability);
    expect(raqqa.forecasts.map(byOption)).toEqual([
      [0.5, 0.3, 0.2],
      [0.6, 0.3, 0.1],
    ]);
    const raqqaScore = await handle.db.questionScore.findUniqueOrThrow({
      where: { questionId_userId: { questionId: raqqa.id, userId: ana.id } },
    });
    expect(raqqaScore.finalBrier).toBeCloseTo(0.4 ** 2 + 0.3 ** 2 + 0.1 ** 2, 12);
    expect(preview.scores.find((score) => score.title === RAQQA)).toMatchObject({ reportedBrier: 0.15, differs: true });

    // Ambiguous: resolved, not scored.
    const emir = await handle.db.question.findFirstOrThrow({
      where: { title: { startsWith: "Will al-Qaeda's new emir" } },
      include: { currentResolution: true, scores: true },
    });
    expect(emir.currentResolution!.outcome).toBe("AMBIGUOUS");
    expect(emir.scores).toEqual([]);

    // The read models are what a rebuild from the log gives.
    for (const question of [geneva, raqqa]) {
      const models = await readModelsMatchRebuild(question.id);
      expect(models.counts.liveForecastCount).toBe(question.forecasts.length);
    }
    const genevaModels = await readModelsMatchRebuild(geneva.id);
    expect(genevaModels.counts.forecasterCount).toBe(2);

    const audit = await handle.db.auditLog.findMany({ where: { action: "question.imported", actorId: ana.id } });
    expect(audit).toHaveLength(4);
  });

  it("adds nothing when the same file is imported again", async () => {
    const before = await rowCounts(handle.db);
    const points = await handle.db.crowdPoint.count();
    const { status, preview } = await post({
      format: "fatebook-csv",
      content: FATEBOOK,
      dryRun: false,
      otherForecasters: "match-by-name",
    });
    expect(status).toBe(200);
    expect(preview.questions).toMatchObject({ total: 4, new: 0, existing: 4 });
    expect(preview.forecasts).toEqual({ total: 8, new: 0, alreadyImported: 8, skipped: 0 });
    expect(preview.resolutions).toEqual({ total: 3, new: 0, alreadyImported: 3, conflicting: 0 });
    expect(await rowCounts(handle.db)).toEqual(before);
    expect(await handle.db.crowdPoint.count()).toBe(points);
  });

  it("reports a broken file's row and column and writes nothing", async () => {
    const lines = FATEBOOK.split("\r\n");
    // Row 5 of the spreadsheet is the fourth data row: its forecast time becomes nonsense.
    const broken = [
      ...lines.slice(0, 4),
      lines[4]!.replace("2024-02-01T12:30:00.000Z", "yesterday"),
      ...lines.slice(5),
    ].join("\r\n");
    const changed = FATEBOOK.replace(/Will a truce between IS/g, "Will a new truce between IS");
    const before = await rowCounts(handle.db);
    const { status, error } = await post({
      format: "fatebook-csv",
      content: broken.replace(/Will a truce between IS/g, "Will a new truce between IS"),
      dryRun: false,
    });
    expect(status).toBe(400);
    expect(error.error.message).toMatch(/row 5, column “Forecast created at”/);
    expect(error.error.issues![0]).toEqual({
      path: "content.row5.Forecast created at",
      message: expect.stringContaining("yesterday"),
    });
    expect(await rowCounts(handle.db)).toEqual(before);
    // The same file without the broken cell would have added the renamed question.
    const { preview } = await post({ format: "fatebook-csv", content: changed, dryRun: true });
    expect(preview.questions.new).toBe(1);
  });

  it("refuses an unclosed quote with the row it starts in", async () => {
    const lines = FATEBOOK.split("\r\n");
    const broken = [...lines.slice(0, 12), `"Unclosed question,,Ana Analyst,0.5`].join("\r\n");
    const { status, error } = await post({ format: "fatebook-csv", content: broken, dryRun: true });
    expect(status).toBe(400);
    expect(error.error.message).toMatch(/row \d+ cannot be read as CSV: a quoted field is never closed/);
  });
});

describe("who may give forecasts to other accounts", () => {
  it("refuses match-by-name to an ordinary account outside a team it runs, and writes nothing", async () => {
    const cy = await createUser(handle.db, { email: "cy@example.org", name: "Cy" });
    const cyApi = apiClient({ key: (await createApiKey(handle.db, cy.id, "test")).key });
    const before = await rowCounts(handle.db);
    const { response } = await cyApi.POST("/imports", {
      body: { format: "fatebook-csv", content: FATEBOOK, dryRun: false, otherForecasters: "match-by-name" },
    });
    expect(response.status).toBe(403);
    expect(await rowCounts(handle.db)).toEqual(before);
  });
});

describe("spreadsheet import", () => {
  const SHEET = [
    "\uFEFFQuestion;Probability;Date;Resolve by;Outcome;Resolved on;Tags;Notes",
    'Will HTS rename itself again in 2024?;35%;2024-02-01;2024-12-31;NO;2024-12-31;Insurgency;"Watch for a ""new"" name;\nalso check Telegram"',
    "Will HTS rename itself again in 2024?;0,2;2024-06-01;;;;;",
    "Will IS hold a town in Syria by 2025?;=1+1;2024-03-01;2025-01-01;;;;",
  ].join("\n");

  it("reads BOM, semicolons, percentages, decimal commas and quoted newlines, naming a bad cell", async () => {
    const preview = await importForecasts(handle.db, viewerAna(), { format: "csv", content: SHEET, dryRun: true }, NOW);
    expect(preview.mapping).toMatchObject({
      question: "Question",
      forecast: "Probability",
      forecastDate: "Date",
      resolveBy: "Resolve by",
      resolution: "Outcome",
      resolvedDate: "Resolved on",
    });
    expect(preview.errors).toEqual([{ row: 4, column: "Probability", message: expect.stringContaining("=1+1") }]);
    const fixed = SHEET.replace("=1+1", "40");
    const written = await importForecasts(
      handle.db,
      viewerAna(),
      { format: "csv", content: fixed, dryRun: false },
      NOW,
    );
    expect(written.forecasts).toEqual({ total: 3, new: 3, alreadyImported: 0, skipped: 0 });
    const rename = await handle.db.question.findFirstOrThrow({
      where: { title: "Will HTS rename itself again in 2024?" },
      include: { forecasts: { orderBy: { createdAt: "asc" } }, themes: true, currentResolution: true },
    });
    expect(rename.forecasts.map((f) => f.probability)).toEqual([0.35, 0.2]);
    expect(rename.themes.map((t) => t.themeSlug)).toEqual(["insurgency"]);
    expect(rename.description).toBe('Watch for a "new" name;\nalso check Telegram');
    expect(rename.currentResolution!.outcome).toBe("NO");
    const again = await importForecasts(handle.db, viewerAna(), { format: "csv", content: fixed, dryRun: false }, NOW);
    expect(again.forecasts.new).toBe(0);
  });

  it("asks for a mapping when a required column cannot be guessed", async () => {
    const content = "Q;Chance;When;Settles\nWill it happen?;0.5;2024-01-01;2024-12-31\n";
    const preview = await importForecasts(handle.db, viewerAna(), { format: "csv", content, dryRun: true }, NOW);
    expect(preview.errors.map((e) => e.column)).toEqual(["question", "forecastDate", "resolveBy"]);
    const mapped = await importForecasts(
      handle.db,
      viewerAna(),
      { format: "csv", content, dryRun: true, mapping: { question: "Q", forecastDate: "When", resolveBy: "Settles" } },
      NOW,
    );
    expect(mapped.errors).toEqual([]);
    expect(mapped.forecasts.new).toBe(1);
  });
});
