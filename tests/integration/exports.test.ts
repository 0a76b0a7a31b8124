// Forecast exports through the real GET /api/v1/exports/forecasts handler on a real SQLite file:
// yours, one question's (only what you may see: hidden forecasts stay hidden), a team's (members
// only); CSV cells never read as formulas; every export in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { recordForecast } from "@/lib/forecasts/record";
import { createQuestion } from "@/lib/questions/create";
import { createTeam } from "@/lib/teams/teams";
import { createUser } from "@/lib/users/create-user";
import { apiClient, type ApiClient } from "../support/api-client";
import { createTestDb, type TestDb } from "../support/test-db";

const NOW = new Date("2030-03-01T00:00:00Z");
const DAY = 86_400_000;
const INJECTED = '=HYPERLINK("http://evil.test","Will the truce hold?")';

let handle: TestDb;
type Person = SignedInViewer & { api: ApiClient };
let ana: Person;
let ben: Person;
let cy: Person;
let hiddenQuestion: string;
let teamId: string;

async function person(name: string): Promise<Person> {
  const user = await createUser(handle.db, { email: `${name.toLowerCase()}@example.org`, name });
  const api = apiClient({ key: (await createApiKey(handle.db, user.id, "test")).key });
  return { userId: user.id, name, role: "USER", teamIds: [], api };
}

const question = (viewer: SignedInViewer, title: string, extra: Record<string, unknown> = {}) =>
  createQuestion(
    handle.db,
    viewer,
    {
      title,
      resolutionCriteria: "Yes if two independent outlets report it before the question closes.",
      closeAt: new Date(NOW.getTime() + 30 * DAY).toISOString(),
      resolveBy: new Date(NOW.getTime() + 60 * DAY).toISOString(),
      ...extra,
    },
    NOW,
  );

beforeAll(async () => {
  handle = createTestDb();
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  ana = await person("Ana");
  ben = await person("Ben");
  cy = await person("Cy");
  const hidden = await question(ana, INJECTED, { hideForecastsUntilForecast: true });
  hiddenQuestion = hidden.id;
  await recordForecast(
    handle.db,
    ben,
    hidden.id,
    { probability: 0.7, rationale: "-5 points: @analysts say so" },
    new Date(NOW.getTime() + 1000),
  );
  teamId = (await createTeam(handle.db, ana, { name: "Export desk" })).id;
  await handle.db.teamMembership.create({ data: { teamId, userId: ben.userId, role: "MEMBER" } });
  ana.teamIds = [teamId];
  ben.teamIds = [teamId];
  const teamQuestion = await question(ana, "Will the team question be exported?", {
    teamId,
    hideForecastsUntilForecast: false,
  });
  await recordForecast(handle.db, ben, teamQuestion.id, { probability: 0.4 }, new Date(NOW.getTime() + 2000));
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

async function exportOf(who: Person, query: Record<string, string>) {
  const { response, data, error } = await who.api.GET("/exports/forecasts", {
    params: { query: query as never },
    parseAs: "text",
  });
  return {
    status: response.status,
    body: (data ?? error) as unknown as string,
    type: response.headers.get("content-type"),
  };
}

describe("GET /api/v1/exports/forecasts", () => {
  it("exports your forecasts as CSV with formula-like cells neutralised", async () => {
    const { status, body, type } = await exportOf(ben, { scope: "mine", format: "csv" });
    expect(status).toBe(200);
    expect(type).toMatch(/text\/csv/);
    const lines = body.trim().split("\r\n");
    expect(lines[0]).toBe(
      "questionId,question,type,forecaster,createdAt,probability,probabilities,rationale,resolution,resolvedOn,timeAveragedBrier,finalBrier,relativeBrier,logScore",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.test"",""Will the truce hold?"")"`);
    expect(lines[1]).toContain(",'-5 points: @analysts say so,");
    expect(lines[1]).toContain(",Ben,");
    expect(lines.some((line) => /(^|,)[=+\-@]/.test(line.replace(/,-?\d/g, ",0")))).toBe(false);
  });

  it("exports one question's forecasts only as far as the viewer may see them", async () => {
    const before = await exportOf(ana, { scope: "question", id: hiddenQuestion, format: "json" });
    expect(before.status).toBe(200);
    expect(JSON.parse(before.body).forecasts).toEqual([]);
    await recordForecast(handle.db, ana, hiddenQuestion, { probability: 0.2 }, new Date(NOW.getTime() + 5000));
    const after = JSON.parse((await exportOf(ana, { scope: "question", id: hiddenQuestion, format: "json" })).body);
    expect(after).toMatchObject({
      format: "forecast-workbench/forecasts",
      version: 1,
      scope: { type: "question", id: hiddenQuestion },
    });
    expect(
      after.forecasts.map((f: { forecaster: string; probability: number }) => [f.forecaster, f.probability]),
    ).toEqual([
      ["Ben", 0.7],
      ["Ana", 0.2],
    ]);
  });

  it("exports a team's forecasts to members only (404 for anyone else)", async () => {
    const members = JSON.parse((await exportOf(ben, { scope: "team", id: teamId, format: "json" })).body);
    expect(members.forecasts.map((f: { question: string }) => f.question)).toEqual([
      "Will the team question be exported?",
    ]);
    expect((await exportOf(cy, { scope: "team", id: teamId, format: "json" })).status).toBe(404);
  });

  it("refuses a scope without its id, naming the field", async () => {
    const { status, body } = await exportOf(ana, { scope: "team" });
    expect(status).toBe(400);
    expect((body as unknown as { error: { issues: { path: string }[] } }).error.issues[0]!.path).toBe("id");
  });

  it("records every export in the audit log", async () => {
    const entries = await handle.db.auditLog.findMany({
      where: { action: "forecasts.exported" },
      orderBy: { at: "asc" },
    });
    expect(entries.map((entry) => [entry.actorLabel, entry.targetType])).toEqual([
      ["Ben", "user"],
      ["Ana", "question"],
      ["Ana", "question"],
      ["Ben", "team"],
    ]);
  });
});
