import { expect, test } from "./fixtures";

test("a newcomer finds a truce question and reads what the articles said", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Forecast Workbench" })).toBeVisible();
  await expect(page.getByText(/open questions to forecast/)).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Questions" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(page.getByRole("heading", { level: 1, name: "Questions" })).toBeVisible();

  // The list follows the filter as it changes: no button to press.
  await page.getByRole("combobox", { name: "Theme" }).selectOption("truce");
  await expect(page).toHaveURL(/theme=truce/);
  const results = page.locator(".question-list > li");
  await expect(results.first()).toBeVisible();
  for (const item of await results.all()) await expect(item.getByText("Truce", { exact: true })).toBeVisible();

  // The filter survives a reload: it lives in the URL.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("truce");

  const firstTitle = (await results.first().getByRole("link").textContent())!;
  await results.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: firstTitle })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Resolution criteria" })).toBeVisible();

  const excerpts = page.getByRole("region", { name: "What the sources said" }).locator(".excerpts > li");
  await expect(excerpts.first()).toBeVisible();
  await expect(excerpts.first().locator("blockquote mark")).toBeVisible();
  await expect(excerpts.first().locator("cite")).toContainText(/\d{4}/);
  await expect(excerpts.first().getByText(/Implies \d/)).toBeVisible();

  await excerpts.first().locator("cite").getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Predictions in this article" })).toBeVisible();
});

test("the keyboard alone can filter the question list", async ({ page }) => {
  await page.goto("/questions");
  await page.getByLabel("Search").focus();
  await page.keyboard.type("Baghdadi");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=Baghdadi/);
  // Search also reads descriptions and criteria, so not every hit names him in its title.
  await expect(page.locator(".question-list")).toContainText(/Baghdadi/i);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("Baghdadi");
});

test("an unknown question shows a helpful 404", async ({ page }) => {
  const response = await page.goto("/questions/cnotarealquestionid0000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("a question marked as not testing its author's claim says so, with the reason", async ({ page }) => {
  await page.goto("/questions?q=adopt%20a%20new%20name");
  await page.getByRole("link", { name: "Will Hay'at Tahrir al-Sham adopt a new name by 2019-12-31?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/adopt a new name/);
  const notice = page.locator(".notice .reading-mark");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("The author’s claim is ambiguous");
  await expect(notice).toContainText("Its claims are not scored.");
});
