import { expect, test } from "./fixtures";
import { dayFromNow, seriousViolations, signUp } from "./support";

const ARTICLE = [
  "Rivalry in the desert",
  "Trending: Markets rally as oil climbs",
  "The two groups fought each other for control of eastern Syria last year, killing hundreds.",
  "A truce between the Islamic State and al-Qaeda is unlikely in the coming months, diplomats said.",
  "If the Islamic State's leader is killed, a merger with al-Qaeda could well follow.",
  "May God protect the people of Idlib.",
].join("\n\n");

test("paste an article, see its forecasts highlighted, turn one into a question and publish it", async ({ page }) => {
  await signUp(page, "Sofia");
  await page.goto("/sources");
  await page.getByRole("link", { name: "Add a source" }).click();
  await page.getByLabel("Title").fill("Rivalry in the desert");
  await page.getByLabel("Author").fill("A. Reporter");
  await page.getByLabel("Outlet").fill("Test Wire");
  await page.getByLabel("Publication date").fill("2026-06-01");
  await page.getByLabel(/^Text/).fill(ARTICLE);
  await page.getByRole("button", { name: "Add source" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Rivalry in the desert" })).toBeVisible();
  const marks = page.locator(".forecast-mark");
  await expect(marks).toHaveCount(2);
  await marks.first().focus();
  await expect(marks.first().getByRole("tooltip")).toContainText(/implies \d+%/);
  await expect(page.locator(".debris").first()).toContainText("Trending");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Make a question from forecast 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New question" })).toBeVisible();
  await expect(page.getByText(/the author’s words imply/)).toBeVisible();
  const title = page.getByLabel("Question");
  await expect(title).toHaveValue(/^Will .*truce/);
  await title.fill("Will ISIS and al-Qaeda announce a truce in the coming months?");
  // The draft closes at the sentence's own horizon (months after the article); the analyst sets dates ahead of
  // today, as they must once that horizon has passed.
  await expect(page.getByLabel("Closes to forecasts on")).toHaveValue(/^2026-/);
  await page.getByLabel("Closes to forecasts on").fill(dayFromNow(120));
  await page.getByLabel("Resolves by").fill(dayFromNow(150));
  await page.getByRole("button", { name: "Publish question" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /announce a truce in the coming months/ })).toBeVisible();
  const excerpts = page.getByRole("region", { name: "What the sources said" });
  await expect(excerpts).toContainText("A truce between the Islamic State and al-Qaeda is unlikely");
  await expect(excerpts).toContainText("A. Reporter");
});
