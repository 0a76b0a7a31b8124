// The questions list on a real SQLite file: the default order puts what can still be forecast
// first and pages through every run without repeating or skipping; each row's crowd, own
// forecast and forecaster count are the read models' (the same numbers the question page draws);
// the crowd is hidden exactly where the question page hides it; the API carries the same numbers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import type { SignedInViewer, Viewer } from "@/lib/domain/viewer";
import { DEFAULT_METHOD } from "@/lib/forecasts/current";
import { findSeriesQuestion } from "@/lib/forecasts/log";
import { recordForecast } from "@/lib/forecasts/record";
import { loadQuestionSeries } from "@/lib/forecasts/series";
import { createQuestion } from "@/lib/questions/create";
import { listQuestions } from "@/lib/questions/list";
import { resolveQuestion } from "@/lib/questions/resolve";
import { listQuestionsQuery } from "@/lib/questions/schemas";
import { createUser } from "@/lib/users/create-user";
import { apiClient } from "../support/api-client";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let admin: SignedInViewer;
let people: SignedInViewer[];
const DAY = 86_400_000;
// Every date is relative to this instant, passed to the services as "now": no test depends on
// today's date.
const START = new Date("2031-03-01T00:00:00Z").getTime();
const NOW = new Date(START + 30 * DAY);

beforeAll(async () => {
  handle = createTestDb();
  const adminUser = await createUser(handle.db, { email: "list-admin@example.org", name: "List Admin" });
  await handle.db.user.update({ where: { id: adminUser.id }, data: { role: "ADMIN" } });
  admin = { userId: adminUser.id, name: "List Admin", role: "ADMIN", teamIds: [] };
  people = [];
  for (let i = 0; i < 3; i++) {
    const user = await createUser(handle.db, { email: `lister-${i}@example.org`, name: `Lister ${i}` });
    people.push({ userId: user.id, name: `Lister ${i}`, role: "USER", teamIds: [] });
  }
});

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

type Extra = { type?: "BINARY" | "MULTIPLE_CHOICE"; hide?: boolean };

/** A question created at START that closes `closesIn` days and is due `dueIn` days after START. */
async function question(title: string, closesIn: number, dueIn: number, extra: Extra = {}) {
  return createQuestion(
    handle.db,
    admin,
    {
      title,
      resolutionCriteria: "Resolves YES if the list shows it where it belongs, as anyone can check.",
      type: extra.type ?? "BINARY",
      ...(extra.type === "MULTIPLE_CHOICE" ? { options: ["Truce", "Merger", "Rivalry"] } : {}),
      closeAt: new Date(START + closesIn * DAY).toISOString(),
      resolveBy: new Date(START + dueIn * DAY).toISOString(),
      hideForecastsUntilForecast: extra.hide ?? false,
    },
    new Date(START),
  );
}

async function resolveYes(id: string, onDay: number) {
  await resolveQuestion(
    handle.db,
    admin,
    id,
    { outcome: "YES", occurredAt: new Date(START + onDay * DAY).toISOString(), note: "It happened, as reported." },
    new Date(START + onDay * DAY),
  );
}

const list = (viewer: Viewer, query: Record<string, unknown> = {}) =>
  listQuestions(handle.db, listQuestionsQuery.parse({ limit: 100, ...query }), viewer, NOW);

describe("the questions list", () => {
  it("puts open questions first (closing soonest), then those awaiting resolution, then the resolved", async () => {
    const openLate = await question("Order: open, closes late", 90, 120);
    const openSoon = await question("Order: open, closes soon", 40, 120);
    const closedDueLate = await question("Order: closed, due late", 10, 80);
    const closedDueSoon = await question("Order: closed, due soon", 12, 60);
    const resolvedEarly = await question("Order: resolved early", 5, 50);
    const resolvedLate = await question("Order: resolved late", 6, 50);
    await resolveYes(resolvedEarly.id, 10);
    await resolveYes(resolvedLate.id, 20);
    const expected = [openSoon, openLate, closedDueSoon, closedDueLate, resolvedLate, resolvedEarly].map((q) => q.id);

    const whole = await list(null, { q: "Order:" });
    expect(whole.items.map((item) => item.id)).toEqual(expected);
    expect(whole.total).toBe(6);

    // Page by page at every size, so pages end on a run's last question and straddle open→closed
    // and closed→resolved: every question once, in the same order.
    for (const limit of [1, 2, 3, 4, 5, 6, 7]) {
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await list(null, { q: "Order:", limit, ...(cursor ? { cursor } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        expect(page.total).toBe(6);
        paged.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor && paged.length < 20);
      expect(paged, `pages of ${limit}`).toEqual(expected);
    }

    // A status filter keeps its run's order; the other sorts still work.
    const open = await list(null, { q: "Order:", status: "open" });
    expect(open.items.map((item) => item.id)).toEqual([openSoon.id, openLate.id]);
    const closing = await list(null, { q: "Order:", sort: "closing" });
    expect(closing.items.map((item) => item.id)).toEqual(
      [resolvedEarly, resolvedLate, closedDueLate, closedDueSoon, openSoon, openLate].map((q) => q.id),
    );
  });

  for (const type of ["BINARY", "MULTIPLE_CHOICE"] as const) {
    it(`shows the crowd now, your latest and the forecaster count (${type.toLowerCase()})`, async () => {
      const asked = await question(`Numbers (${type.toLowerCase()})`, 60, 90, { type });
      const optionIds = asked.options.map((option) => option.id);
      const input = (p: number) =>
        type === "BINARY"
          ? { probability: p }
          : { probabilities: { [optionIds[0]!]: p, [optionIds[1]!]: (1 - p) / 2, [optionIds[2]!]: (1 - p) / 2 } };
      const forecasts: [number, number][] = [
        [0, 0.3],
        [1, 0.8],
        [0, 0.4],
        [2, 0.65],
      ];
      for (const [k, [who, p]] of forecasts.entries()) {
        await recordForecast(handle.db, people[who]!, asked.id, input(p), new Date(START + (k + 1) * DAY));
      }
      const stranger = await question(`Numbers, unforecast (${type.toLowerCase()})`, 60, 90, { type });

      const seenBy = async (viewer: Viewer) => {
        const items = (await list(viewer, { q: "Numbers" })).items;
        return {
          row: items.find((item) => item.id === asked.id)!,
          empty: items.find((item) => item.id === stranger.id)!,
        };
      };
      const series = await loadQuestionSeries(
        handle.db,
        people[0]!,
        await findSeriesQuestion(handle.db, people[0]!, asked.id),
        DEFAULT_METHOD,
      );
      const { row, empty } = await seenBy(people[0]!);
      expect(row.numbers.crowd).toEqual(series.aggregate.at(-1)!.probs);
      expect(row.numbers.crowd).toHaveLength(type === "BINARY" ? 1 : 3);
      expect(row.numbers.forecasters).toBe(3);
      expect(row.numbers.mine!.probs[0]).toBeCloseTo(0.4, 12);
      expect(row.numbers.mine!.createdAt).toEqual(new Date(START + 3 * DAY));
      expect(empty.numbers).toEqual({ crowd: null, crowdHidden: false, mine: null, forecasters: 0 });

      const outsider = await seenBy(admin);
      expect(outsider.row.numbers.mine).toBeNull();
      expect(outsider.row.numbers.crowd).toEqual(row.numbers.crowd);
      const anonymous = await seenBy(null);
      expect(anonymous.row.numbers.mine).toBeNull();
      expect(anonymous.row.numbers.crowd).toEqual(row.numbers.crowd);
    });
  }

  it("hides the crowd exactly where the question page hides it", async () => {
    const hidden = await question("Hidden crowd until you forecast", 60, 90, { hide: true });
    await recordForecast(handle.db, people[1]!, hidden.id, { probability: 0.9 }, new Date(START + DAY));
    await recordForecast(handle.db, people[2]!, hidden.id, { probability: 0.7 }, new Date(START + 2 * DAY));

    const check = async (viewer: Viewer) => {
      const row = (await list(viewer, { q: "Hidden crowd" })).items[0]!;
      const series = await loadQuestionSeries(
        handle.db,
        viewer,
        await findSeriesQuestion(handle.db, viewer, hidden.id),
        DEFAULT_METHOD,
      );
      expect(row.numbers.crowdHidden).toBe(series.hidden);
      expect(row.numbers.crowd).toEqual(series.hidden ? null : series.aggregate.at(-1)!.probs);
      expect(row.numbers.forecasters).toBe(2);
      return row.numbers;
    };
    expect((await check(null)).crowdHidden).toBe(true);
    expect((await check(people[0]!)).crowdHidden).toBe(true);
    expect((await check(people[1]!)).crowd).not.toBeNull();

    // Once resolved nothing is hidden.
    await resolveYes(hidden.id, 20);
    expect((await check(null)).crowdHidden).toBe(false);
    expect((await check(people[0]!)).crowd).not.toBeNull();
  });

  it("GET /api/v1/questions carries the same numbers, yours only to you", async () => {
    const asked = await question("API numbers question", 60, 90, { type: "MULTIPLE_CHOICE" });
    const [truce, merger, rivalry] = asked.options.map((option) => option.id) as [string, string, string];
    await recordForecast(
      handle.db,
      people[0]!,
      asked.id,
      { probabilities: { [truce]: 0.2, [merger]: 0.5, [rivalry]: 0.3 } },
      new Date(START + DAY),
    );
    process.env.DATABASE_URL = handle.config.url;
    delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
    const { key } = await createApiKey(handle.db, people[0]!.userId, "list test");

    const mine = await apiClient({ key }).GET("/questions", { params: { query: { q: "API numbers" } } });
    expect(mine.response.status).toBe(200);
    const item = mine.data!.items[0]!;
    expect(item.forecasterCount).toBe(1);
    expect(item.crowdHidden).toBe(false);
    expect(item.crowd?.method).toBe(DEFAULT_METHOD);
    const crowd = item.crowd && "probabilities" in item.crowd ? item.crowd.probabilities : {};
    expect(crowd[truce]).toBeCloseTo(0.2, 9);
    expect(crowd[merger]).toBeCloseTo(0.5, 9);
    expect(item.yourLatest).toMatchObject({ probabilities: { [truce]: 0.2, [merger]: 0.5, [rivalry]: 0.3 } });

    const anonymous = await apiClient().GET("/questions", { params: { query: { q: "API numbers" } } });
    expect(anonymous.data!.items[0]!.yourLatest).toBeNull();
    expect(anonymous.data!.items[0]!.crowd).toEqual(item.crowd);
  });
});
