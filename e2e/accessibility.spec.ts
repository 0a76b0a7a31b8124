import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
}

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
