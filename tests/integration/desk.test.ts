// The signed-in home page's "Your desk": counted from the read models on a real SQLite file.
import { afterAll, beforeAll, expect, it } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { recordForecast } from "@/lib/forecasts/record";
import { getDesk } from "@/lib/overview";
import { createQuestion } from "@/lib/questions/create";
import { seedDatabase } from "@/lib/seed/load";
import { createUser } from "@/lib/users/create-user";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let ana: SignedInViewer;

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  ana = (await viewerForUser(handle.db, (await createUser(handle.db, { email: "desk@example.org", name: "Dee" })).id))!;
}, 60_000);

afterAll(async () => {
  await handle?.cleanup();
});

const DAY = 86_400_000;

it("counts the open questions still to forecast, those forecast, and the viewer's overdue questions", async () => {
  const now = new Date();
  const before = await getDesk(handle.db, ana, now);
  const question = await createQuestion(handle.db, ana, {
    title: "Will a joint statement by both groups appear this year?",
    resolutionCriteria: "Yes if both groups' media publish the same joint statement.",
    closeAt: new Date(now.getTime() + 30 * DAY).toISOString(),
    resolveBy: new Date(now.getTime() + 40 * DAY).toISOString(),
    themes: ["truce"],
  });
  const added = await getDesk(handle.db, ana, now);
  expect(added.unforecast).toBe(before.unforecast + 1);
  expect(added.forecastOpen).toBe(before.forecastOpen);

  await recordForecast(handle.db, ana, question.id, { probability: 0.2 });
  await recordForecast(handle.db, ana, question.id, { probability: 0.25 });
  const forecast = await getDesk(handle.db, ana, now);
  expect(forecast.unforecast).toBe(before.unforecast);
  expect(forecast.forecastOpen).toBe(before.forecastOpen + 1);

  // Fifty days on, the question is closed and past its resolve-by date: it waits for its author.
  const later = await getDesk(handle.db, ana, new Date(now.getTime() + 50 * DAY));
  expect(later.overdue).toBe(before.overdue + 1);
  expect(later.forecastOpen).toBe(0);
});
