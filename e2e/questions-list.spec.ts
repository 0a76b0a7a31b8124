import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { createQuestion, signUp } from "./support";

test("each row shows the crowd, your forecast or a 'not forecast yet' mark, and the forecaster count", async ({
  page,
}) => {
  await signUp(page, "Lister");
  const title = `Will the list show its numbers ${randomBytes(4).toString("hex")}?`;
  const id = await createQuestion(page, title);

  await page.goto(`/questions?q=${encodeURIComponent(title)}`);
  const row = page.locator(".question-list > li").filter({ hasText: title });
  await expect(row.getByText("Not forecast yet")).toBeVisible();
  await expect(row.getByText("No forecasts")).toBeVisible();
  await expect(row.locator("dd").last()).toHaveText("0");

  const posted = await page.evaluate(
    async (url) =>
      (
        await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ probability: 0.35 }),
        })
      ).status,
    `/api/v1/questions/${id}/forecasts`,
  );
  expect(posted).toBe(201);
  await page.reload();
  // Crowd, you, forecasters.
  await expect(row.locator("dd")).toHaveText(["35%", "35%", "1"]);
  await expect(row.getByText("Not forecast yet")).toHaveCount(0);

  // Open questions come first by default: this one is open, so the list starts with an open one.
  await page.goto("/questions");
  await expect(page.locator(".question-list > li").first().locator(".badge").first()).toHaveText("Open");
});

test("filters apply as they change and the count is announced", async ({ page }) => {
  await page.goto("/questions");
  const count = page.locator("p[aria-live='polite']");
  await expect(count).toHaveText(/^\d+ questions$/);

  // Typing applies after a pause, with no button to press.
  await page.getByRole("searchbox", { name: "Search" }).pressSequentially("Baghdadi");
  await expect(page).toHaveURL(/q=Baghdadi/);
  await expect(count).toHaveText(/\d+ questions? match/);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("Baghdadi");

  // A select applies at once; the URL keeps every filter, so a reload shows the same list.
  await page.getByRole("combobox", { name: "Status" }).selectOption("resolved");
  await expect(page).toHaveURL(/status=resolved/);
  await expect(page).toHaveURL(/q=Baghdadi/);
  const rows = page.locator(".question-list > li");
  for (const item of await rows.all()) await expect(item.locator(".badge").first()).toHaveText("Resolved");
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("resolved");

  // Clearing shows the whole list again, and the form follows.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("");
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filters still apply with the Apply button", async ({ page }) => {
    await page.goto("/questions");
    await page.getByRole("combobox", { name: "Theme" }).selectOption("truce");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/theme=truce/);
    const rows = page.locator(".question-list > li");
    await expect(rows.first()).toBeVisible();
    for (const item of await rows.all()) await expect(item.getByText("Truce", { exact: true })).toBeVisible();
  });
});
