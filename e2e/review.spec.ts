import { expect, test } from "./fixtures";
import { seriousViolations } from "./support";

test("the review shows one theme per screen with its verdict, the timeline and the authors", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "2017 review" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("heading", { level: 1, name: "How the 2017 predictions resolved" })).toBeVisible();

  // The first theme with claims: the truce, with its data-derived verdict and the authors side by side.
  await expect(page.getByRole("heading", { level: 2, name: "Truce" })).toBeVisible();
  await expect(page.locator(".verdict")).toContainText("None of the 2 resolved yes/no questions came true");
  await expect(page.locator(".verdict")).toContainText("authors who called it unlikely scored best: Hamdi Malik");
  const grid = page.locator("table.review-grid");
  for (const author of ["Hamdi Malik", "Elijah J. Magnier", "Tom O'Connor"]) {
    await expect(grid.getByRole("columnheader", { name: new RegExp(author) })).toBeVisible();
  }
  // Magnier's "a kind of truce … is soon expected": 75%, no truce, Brier 0.5625.
  await expect(grid).toContainText("75% “is soon expected”: Brier 0.563");
  expect(await seriousViolations(page)).toEqual([]);

  // Another theme, by keyboard from the theme navigation.
  const themes = page.getByRole("navigation", { name: "Themes" });
  await themes.getByRole("link", { name: /^Territory/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/theme=territory/);
  await expect(page.getByRole("heading", { level: 2, name: "Territory" })).toBeVisible();
  await expect(page.locator(".verdict")).toContainText(/came true/);
  // A question that tests a different claim than the author's is marked beside it, and its claim is not scored.
  await expect(page.locator(".verdict")).toContainText("1 marked question is left out");
  const marked = grid.getByRole("row", { name: /other than HTS/ });
  await expect(marked).toContainText("Tests a different claim than the author’s");
  await expect(marked).toContainText("Magnier meant HTS itself");
  await expect(marked).toContainText("not scored");

  // A theme with nothing resolved says so.
  await page.goto("/review?theme=defections");
  await expect(page.locator(".verdict")).toContainText("has resolved yet");

  // The timeline filters by theme, and its table view links through to the questions.
  await page.goto("/review?theme=truce");
  await expect(page.locator(".timeline-frame .recharts-scatter-symbol").first()).toBeVisible();
  await page.getByLabel("Theme", { exact: true }).selectOption("leadership");
  await page.getByText("Table view of the timeline").click();
  const link = page.locator("details", { hasText: "Table view of the timeline" }).locator("table a").first();
  const title = await link.textContent();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: title! })).toBeVisible();

  // Authors: mean Brier and claim counts; Tamimi's caliphate-conditional claim is not scored.
  await page.goto("/review");
  const authors = page.getByRole("table", { name: /Authors, best mean Brier first/ });
  await expect(authors.getByRole("row", { name: /Aymenn Jawad Al-Tamimi/ })).toContainText("5 of 6");
  await expect(authors.getByRole("row", { name: /Tom O'Connor/ })).toContainText("0.250");
  expect(await seriousViolations(page)).toEqual([]);
});
