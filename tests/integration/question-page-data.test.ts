// The question page's data (lib/questions/page-data.ts): the headline is the latest stored crowd
// point under the default method, hidden exactly when the crowd line is; the scores table holds
// the best SCORES_SHOWN rows plus the viewer's own, with the count of all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { recencyWeightedMedian } from "@/lib/forecasting";
import { recordForecast } from "@/lib/forecasts/record";
import { createQuestion } from "@/lib/questions/create";
import { DEFAULT_METHOD, loadQuestionPageData, SCORES_SHOWN } from "@/lib/questions/page-data";
import { getQuestion } from "@/lib/questions/queries";
import { createUser } from "@/lib/users/create-user";
import { createTestDb, type TestDb } from "../support/test-db";

let handle: TestDb;
let people: SignedInViewer[];

beforeAll(async () => {
  handle = createTestDb();
  people = [];
  for (let i = 0; i < 4; i++) {
    const user = await createUser(handle.db, { email: `p${i}@example.org`, name: `Person ${i}` });
    people.push((await viewerForUser(handle.db, user.id)) as SignedInViewer);
  }
});

afterAll(async () => {
  await handle.cleanup();
});

const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

async function newQuestion(by: SignedInViewer, hide = false) {
  return createQuestion(handle.db, by, {
    title: `Will the page-data test question ${Math.random().toString(36).slice(2)} resolve Yes?`,
    resolutionCriteria: "Yes if the test records it; a long enough criterion.",
    closeAt: inAMonth(),
    resolveBy: inAMonth(),
    hideForecastsUntilForecast: hide,
  });
}

describe("the headline", () => {
  it("is the crowd now under the default method, with the forecaster count, and the viewer's latest is theirs", async () => {
    const question = await newQuestion(people[0]!);
    const made = [0.2, 0.6, 0.7, 0.4];
    for (const [i, p] of made.entries()) await recordForecast(handle.db, people[i]!, question.id, { probability: p });
    await recordForecast(handle.db, people[1]!, question.id, { probability: 0.9 });
    const detail = await getQuestion(handle.db, question.id, people[2]!);
    const data = await loadQuestionPageData(handle.db, people[2]!, detail);
    expect(data.headline?.forecasters).toBe(4);
    // The stored point equals the series' last point under the same method.
    expect(data.headline?.probs).toEqual(data.series.aggregate.at(-1)?.probs);
    expect(data.series.method).toBe(DEFAULT_METHOD);
    expect(data.series.myForecasts.at(-1)?.probs).toEqual([0.7]);
    // Each person's standing forecast, oldest first (Person 1's revision is the newest).
    expect(data.headline!.probs[0]!).toBeCloseTo(recencyWeightedMedian([0.2, 0.7, 0.4, 0.9]), 12);
  });

  it("is absent while the question hides the crowd from someone who has not forecast", async () => {
    const question = await newQuestion(people[0]!, true);
    await recordForecast(handle.db, people[0]!, question.id, { probability: 0.8 });
    const stranger = await loadQuestionPageData(
      handle.db,
      people[3]!,
      await getQuestion(handle.db, question.id, people[3]!),
    );
    expect(stranger.series.hidden).toBe(true);
    expect(stranger.headline).toBeNull();
    const author = await loadQuestionPageData(
      handle.db,
      people[0]!,
      await getQuestion(handle.db, question.id, people[0]!),
    );
    expect(author.headline?.probs).toEqual([0.8]);
  });

  it("is absent before anyone forecasts", async () => {
    const question = await newQuestion(people[0]!);
    const data = await loadQuestionPageData(
      handle.db,
      people[1]!,
      await getQuestion(handle.db, question.id, people[1]!),
    );
    expect(data.headline).toBeNull();
  });
});

describe("the scores table", () => {
  it(`holds the best ${SCORES_SHOWN} and the viewer's own row below them, with the count of all`, async () => {
    const question = await newQuestion(people[0]!);
    const resolution = await handle.db.resolution.create({
      data: { questionId: question.id, outcome: "YES", occurredAt: new Date(), note: "It happened." },
    });
    await handle.db.question.update({
      where: { id: question.id },
      data: { currentResolutionId: resolution.id, resolvedAt: new Date() },
    });
    const extra = await Promise.all(
      Array.from({ length: SCORES_SHOWN + 5 }, (_, i) =>
        createUser(handle.db, { email: `scorer${i}@example.org`, name: `Scorer ${i}` }),
      ),
    );
    const rows = [
      ...extra.map((user, i) => ({ userId: user.id, brier: 0.01 + i / 1000 })),
      { userId: people[3]!.userId, brier: 0.9 },
    ];
    await handle.db.questionScore.createMany({
      data: rows.map((row) => ({
        questionId: question.id,
        userId: row.userId,
        resolutionId: resolution.id,
        finalBrier: row.brier,
        timeAvgBrier: row.brier,
        coverage: 1,
        logScore: -0.1,
        forecastCount: 1,
      })),
    });
    const data = await loadQuestionPageData(
      handle.db,
      people[3]!,
      await getQuestion(handle.db, question.id, people[3]!),
    );
    expect(data.scores.summary.forecasters).toBe(SCORES_SHOWN + 6);
    expect(data.scores.items).toHaveLength(SCORES_SHOWN + 1);
    expect(data.scores.items.slice(0, 3).map((item) => item.userName)).toEqual(["Scorer 0", "Scorer 1", "Scorer 2"]);
    expect(data.scores.items.at(-1)?.userId).toBe(people[3]!.userId);
    expect(data.scores.summary.forecasters).toBe(SCORES_SHOWN + 6);
    const mean = rows.reduce((sum, row) => sum + row.brier, 0) / rows.length;
    expect(data.scores.summary.meanTimeAvgBrier).toBeCloseTo(mean, 12);

    const signedOut = await loadQuestionPageData(handle.db, null, await getQuestion(handle.db, question.id, null));
    expect(signedOut.scores.items).toEqual([]);
    expect(signedOut.scores.hiddenReason).toMatch(/Sign in/);
    expect(signedOut.scores.summary.forecasters).toBe(SCORES_SHOWN + 6);
  });
});
