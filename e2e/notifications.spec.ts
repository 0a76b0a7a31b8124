// The bell after a resolution: a second person forecasts on someone's question, its creator
// resolves it, and the forecaster sees the unread count in the header and the entry in the inbox.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createQuestion, seriousViolations, signUp } from "./support";

/** A JSON request from inside the page, so it carries that account's session cookie. */
async function postFromPage(page: Page, url: string, body: unknown) {
  return page.evaluate(
    async ({ url, body }) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.text() };
    },
    { url, body },
  );
}

test("a forecaster sees the bell count and the inbox entry after the creator resolves", async ({ browser }) => {
  test.setTimeout(120_000);
  const creatorContext = await browser.newContext();
  const creator = await creatorContext.newPage();
  await signUp(creator, "Resolver");
  const forecasterContext = await browser.newContext();
  const forecaster = await forecasterContext.newPage();
  await signUp(forecaster, "Forecaster");
  await forecaster.goto("/inbox");
  await expect(forecaster.getByText("No notifications yet.")).toBeVisible();
  await expect(forecaster.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();

  // A creator may resolve their question once it has closed: this one closes in 20 seconds.
  const title = "Will the inbox show this resolution?";
  const questionId = await createQuestion(creator, title, { closesInHours: 20 / 3600 });
  const forecast = await postFromPage(forecaster, `/api/v1/questions/${questionId}/forecasts`, { probability: 0.3 });
  expect(forecast.status, forecast.body).toBe(201);
  await expect(async () => {
    const resolved = await postFromPage(creator, `/api/v1/questions/${questionId}/resolution`, {
      outcome: "NO",
      occurredAt: new Date().toISOString(),
      note: "It did not happen.",
    });
    expect(resolved.status, resolved.body).toBe(201);
  }).toPass({ intervals: [2000], timeout: 45_000 });

  // The server's outbox loop writes the notification within moments.
  await expect(async () => {
    await forecaster.goto("/");
    await expect(forecaster.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await forecaster.getByRole("link", { name: "Notifications, 1 unread" }).click();
  await expect(forecaster.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  const entry = forecaster.locator(".inbox-item").first();
  await expect(entry).toContainText(`“${title}” was resolved`);
  await expect(entry).toContainText("New");
  // 30% on a No: final Brier 0.3² = 0.090.
  await expect(entry).toContainText("Your final Brier score 0.090");
  expect(await seriousViolations(forecaster)).toEqual([]);

  await forecaster.getByRole("button", { name: "Mark all read" }).click();
  await expect(forecaster.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();
  await expect(entry).not.toContainText("New");
  await entry.getByRole("link", { name: new RegExp(title) }).click();
  await expect(forecaster).toHaveURL(new RegExp(`/questions/${questionId}$`));

  // The resolver is not told of their own resolution.
  await creator.goto("/inbox");
  await expect(creator.getByText("No notifications yet.")).toBeVisible();
  await creatorContext.close();
  await forecasterContext.close();
});
