// An import asked for with `Accept: application/x-ndjson` reports its progress line by line
// (reading, checking, writing, finishing), then its result; a broken file ends with an error line
// carrying the status it would have had, and writes nothing.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { THEMES } from "@/lib/domain/themes";
import { createUser } from "@/lib/users/create-user";
import { apiClient, type ApiClient } from "../support/api-client";
import { createTestDb, rowCounts, type TestDb } from "../support/test-db";

let handle: TestDb;
let api: ApiClient;

beforeAll(async () => {
  handle = createTestDb();
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  await handle.db.theme.createMany({ data: THEMES.map((theme) => ({ ...theme })) });
  const ana = await createUser(handle.db, { email: "ana@example.org", name: "Ana Analyst", role: "admin" });
  api = apiClient({ key: (await createApiKey(handle.db, ana.id, "test")).key });
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

/** A spreadsheet of `questions` questions with `perQuestion` forecasts each. */
function spreadsheet(questions: number, perQuestion: number, broken = false) {
  const rows = ["question,forecast,forecast date,resolve by,resolution,resolved date"];
  for (let q = 0; q < questions; q++) {
    for (let f = 0; f < perQuestion; f++) {
      const day = String((f % 27) + 1).padStart(2, "0");
      const resolved = q % 2 === 0;
      rows.push(
        `Will event ${q} of the progress test happen?,${broken && q === 3 && f === 1 ? "lots" : `${10 + ((q + f) % 80)}%`},2024-01-${day},2024-06-30,${resolved ? "YES" : ""},${resolved ? "2024-03-01" : ""}`,
      );
    }
  }
  return rows.join("\n");
}

type StreamLine = {
  progress?: { phase: string; done: number; total: number | null };
  result?: { committed: boolean; forecasts: { new: number } };
  error?: { code: string; message: string };
  status?: number;
};

async function streamed(content: string, dryRun: boolean) {
  const { response, data } = await api.POST("/imports", {
    body: { format: "csv", content, dryRun, otherForecasters: "skip" } as never,
    headers: { accept: "application/x-ndjson" },
    parseAs: "text",
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
  const lines = (data as unknown as string)
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as StreamLine);
  return { progress: lines.slice(0, -1).map((line) => line.progress!), last: lines.at(-1)! };
}

it("reports each phase, then the result, and writes the import", async () => {
  const before = await rowCounts(handle.db);
  const { progress, last } = await streamed(spreadsheet(120, 5), false);
  const phases = [...new Set(progress.map((entry) => entry.phase))];
  expect(phases).toEqual(["reading", "checking", "writing", "finishing"]);
  const finishing = progress.filter((entry) => entry.phase === "finishing");
  expect(finishing.at(-1)).toEqual({ phase: "finishing", done: 120, total: 120 });
  const writing = progress.filter((entry) => entry.phase === "writing");
  expect(writing.every((entry) => entry.total === 1200 && entry.done <= 1200)).toBe(true);
  expect(writing.at(-1)).toEqual({ phase: "writing", done: 1200, total: 1200 });
  expect(last.result!.committed).toBe(true);
  expect(last.result!.forecasts.new).toBe(600);
  const after = await rowCounts(handle.db);
  expect(after.forecasts - before.forecasts).toBe(600);
  expect(after.questions - before.questions).toBe(120);
  // Half the questions came resolved: their scores are stored.
  expect(after.scores - before.scores).toBe(60);
});

it("ends a broken file with an error line naming row and column, and writes nothing", async () => {
  const before = await rowCounts(handle.db);
  const { progress, last } = await streamed(spreadsheet(10, 3, true), false);
  expect(progress.map((entry) => entry.phase)).not.toContain("writing");
  expect(last.status).toBe(400);
  expect(last.error!.code).toBe("bad_request");
  expect(last.error!.message).toMatch(/row 12, column “forecast”/);
  expect(await rowCounts(handle.db)).toEqual(before);
});

it("answers one JSON document to a client that does not ask for the stream", async () => {
  const { response, data } = await api.POST("/imports", {
    body: { format: "csv", content: spreadsheet(2, 2), dryRun: true, otherForecasters: "skip" } as never,
  });
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect((data as { questions: { total: number } }).questions.total).toBe(2);
});
