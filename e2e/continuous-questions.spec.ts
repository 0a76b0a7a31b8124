import { expect, test } from "./fixtures";
import { dayFromNow, E2E_CONTINUOUS_ADMIN_EMAIL, seriousViolations, signUp } from "./support";

test("create a DATE question, forecast it by keyboard, revise, resolve it with a date and see the scores", async ({
  page,
}) => {
  const name = await signUp(page, "Dana", "", E2E_CONTINUOUS_ADMIN_EMAIL);

  await page.goto("/questions/new");
  await page.getByLabel("Question").fill("When will the coalition declare the city taken?");
  await page
    .getByLabel(/^Resolution criteria/)
    .fill("The date of the coalition's official statement that the city is fully taken.");
  await page.getByRole("radio", { name: "Date" }).check();
  await page.getByLabel("Earliest date").fill("2018-01-01");
  await page.getByLabel("Latest date").fill("2020-01-01");
  await page.getByRole("checkbox", { name: /^Open above/ }).check();
  await page.getByLabel("Closes to forecasts on").fill(dayFromNow(30));
  await page.getByLabel("Resolves by").fill(dayFromNow(30));
  await page.getByRole("button", { name: "Publish question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /declare the city taken/ })).toBeVisible();
  await expect(page.getByText("1 Jan 2018 to 1 Jan 2020, open above")).toBeVisible();

  // The fields start empty; a median before the 5th percentile is refused by name.
  const p5 = page.getByLabel("5th percentile", { exact: true });
  await expect(p5).toHaveValue("");
  await p5.fill("2018-06-01");
  await page.getByLabel("Median (50th)").fill("2018-03-01");
  await page.getByLabel("95th percentile").fill("2019-06-01");
  await page.getByLabel("95th percentile").press("Enter");
  await expect(page.getByText(/percentiles\.50 must be greater than percentiles\.5/).first()).toBeVisible();
  await expect(page.locator(".history-list > li")).toHaveCount(0);

  // Fixed, previewed, and saved with Enter; P(between) reads the preview.
  await page.getByLabel("Median (50th)").fill("2018-11-01");
  await expect(page.getByRole("img", { name: /density over the range/ })).toBeVisible();
  await page.getByLabel("From").fill("2018-06-01");
  await page.getByLabel("To").fill("2019-06-01");
  // The stored distribution keeps no probability below the closed lower bound, so its tails move a little.
  await expect(page.locator(".between-row output")).toHaveText("P(between) = 89.6%");
  await page.getByLabel("95th percentile").press("Enter");
  await expect(page.getByText("Forecast saved.")).toBeVisible();
  const history = page.locator(".history-list > li");
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText("1 Nov 2018 (90%: 30 May 2018 – 4 Jun 2019)");

  // Revision with the optional quartiles and a rationale (Ctrl+Enter saves).
  await page.getByLabel("5th percentile", { exact: true }).fill("2018-09-01");
  await page.getByLabel("25th").fill("2018-12-01");
  await page.getByLabel("Median (50th)").fill("2019-02-01");
  await page.getByLabel("75th").fill("2019-04-01");
  await page.getByLabel("95th percentile").fill("2019-09-01");
  await page.getByLabel(/^Rationale/).fill("The siege is slower than planned.");
  await page.getByLabel(/^Rationale/).press("Control+Enter");
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText(/31 Jan 2019 \(90%: 28 Aug 2018 – 3 Sept? 2019\)/);
  await expect(page.locator(".crowd-headline")).toContainText("Crowd 31 Jan 2019");
  await expect(page.getByRole("img", { name: /median with its 50% and 90% intervals/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Resolve (early, as administrator) with the date, then see the distribution's scores.
  await page.getByRole("button", { name: "Resolve…" }).click();
  const resolve = page.getByRole("form", { name: "Resolve" });
  await resolve.getByLabel("Outcome").selectOption("VALUE");
  await resolve.getByLabel("The date it happened (the outcome)").fill("2019-03-23");
  await resolve.getByLabel("Date the event happened").fill(dayFromNow(0));
  await resolve.getByLabel(/^Note/).fill("The coalition declared it taken.");
  await resolve.getByRole("button", { name: "Review the resolution" }).click();
  await page.getByRole("button", { name: "Record “2019-03-23”" }).click();
  await expect(page.getByText("Resolution recorded; 1 forecaster scored.")).toBeVisible();
  await expect(page.getByText(/Resolved 23 Mar 2019/)).toBeVisible();
  const scores = page.getByRole("region", { name: "Scores" });
  await expect(scores.getByRole("columnheader", { name: "CRPS (scaled)" })).toBeVisible();
  await expect(scores.getByRole("row", { name: new RegExp(name) })).toBeVisible();
});
