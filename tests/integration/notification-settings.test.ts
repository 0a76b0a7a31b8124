// Notification settings through the real API route on a real SQLite file: the defaults, a
// replacement, and 400s that name the field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/api-client";
import { personWithKey, type Person } from "../support/people";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let ana: Person;
let route: typeof import("@/app/api/v1/me/notification-settings/route");

beforeAll(async () => {
  handle = createTestDb();
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  route = await import("@/app/api/v1/me/notification-settings/route");
  ana = await personWithKey(handle.db, "ana@example.org", "Ana");
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

const read = (key?: string) => call(route.GET, "GET", "/api/v1/me/notification-settings", { key });
const replace = (body: unknown) => call(route.PUT, "PUT", "/api/v1/me/notification-settings", { key: ana.key, body });

describe("notification settings", () => {
  it("starts with every kind and a 30-day period, and needs credentials", async () => {
    expect((await read(ana.key)).body).toEqual({ mutedKinds: [], staleAfterDays: 30 });
    expect((await read()).status).toBe(401);
  });

  it("replaces them, and reads back what it stored", async () => {
    const put = await replace({ mutedKinds: ["forecasts.stale_digest", "comment.replied"], staleAfterDays: 14 });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ mutedKinds: ["comment.replied", "forecasts.stale_digest"], staleAfterDays: 14 });
    expect((await read(ana.key)).body).toEqual(put.body);
  });

  it("refuses an unknown kind or a period out of range, naming the field, and changes nothing", async () => {
    const cases: [unknown, string][] = [
      [{ mutedKinds: ["everything"], staleAfterDays: 30 }, "mutedKinds.0"],
      [{ mutedKinds: [], staleAfterDays: 3 }, "staleAfterDays"],
      [{ mutedKinds: [], staleAfterDays: 1.5 }, "staleAfterDays"],
      [{ mutedKinds: [] }, "staleAfterDays"],
      [{ staleAfterDays: 30 }, "mutedKinds"],
    ];
    for (const [body, path] of cases) {
      const refused = await replace(body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error.issues[0].path).toBe(path);
    }
    expect((await read(ana.key)).body.staleAfterDays).toBe(14);
  });
});
