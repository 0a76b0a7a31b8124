import { expect, test } from "./fixtures";
import { seriousViolations } from "./support";

test("home, questions list, a question page and a source page have no serious accessibility violations", async ({
  page,
}) => {
  await page.goto("/");
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/questions");
  expect(await seriousViolations(page)).toEqual([]);

  await page.locator(".question-list > li a").first().click();
  await expect(page.getByRole("heading", { name: "Resolution criteria" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/sources");
  await page.locator(".question-list > li a").first().click();
  await expect(page.getByRole("heading", { name: "Predictions in this article" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
