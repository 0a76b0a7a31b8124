import { expect, test } from "./fixtures";
import { dayFromNow, signUp } from "./support";

test("a form names its fields as the page labels them, and drops a field's message once it is edited", async ({
  page,
}) => {
  await signUp(page, "Fay");
  await page.goto("/questions/new");
  await page.getByLabel("Question").fill("Too short");
  await page.getByRole("button", { name: "Publish question" }).click();

  const titleError = page.locator("#new-title-error");
  const criteriaError = page.locator("#new-resolutionCriteria-error");
  await expect(titleError).toHaveText(/^Question /);
  await expect(criteriaError).toHaveText(/^Resolution criteria /);
  // The API's field names stay in the API: none reaches the page.
  for (const error of [titleError, criteriaError, page.locator(".form-error")]) {
    await expect(error).not.toContainText(/resolutionCriteria|closeAt|resolveBy|\btitle\b/);
  }
  await expect(page.locator(".form-error")).toHaveText(/^Check \d+ fields: Question, Resolution criteria/);
  await expect(page.getByLabel("Question")).toHaveAttribute("aria-invalid", "true");

  // Fixing one field clears its message at once; the others stay until they are fixed too.
  await page.getByLabel("Question").fill("Will the two groups sign a truce before the end of next year?");
  await expect(titleError).toHaveCount(0);
  await expect(page.getByLabel("Question")).not.toHaveAttribute("aria-invalid", "true");
  await expect(criteriaError).toBeVisible();
});

test("the question title grows over several lines, Enter publishes, and an empty date says it is required", async ({
  page,
}) => {
  await signUp(page, "Gus");
  await page.goto("/questions/new");
  const title = page.getByLabel("Question");
  await expect(title).toHaveJSProperty("tagName", "TEXTAREA");
  const long =
    "Will the two groups announce a formal truce, a merger or any other public agreement to stop fighting each other before the first day of 2028?";
  await title.fill(long);
  const oneLine = await title.evaluate((element) => element.getBoundingClientRect().height);
  await title.fill(`${long} ${long}`);
  expect(await title.evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(oneLine);

  // Enter in the title submits the form, as in the form's one-line fields, instead of adding a line.
  await title.fill(long);
  await title.press("Enter");
  await expect(title).toHaveValue(long);
  await expect(page.locator("#new-closeAt-error")).toHaveText("The closing date is required");
  await expect(page.locator("#new-resolveBy-error")).toHaveText("The resolve-by date is required");
  await expect(page.locator(".form-error")).not.toContainText("must be a date");

  // Line breaks that arrive anyway (pasted) are joined: the published title is one line.
  await title.fill("Will the two groups\nannounce a truce\n\nbefore 2028?");
  await page.getByLabel("Resolution criteria").fill("Yes if both groups announce a truce in a public statement.");
  await page.getByLabel("Closes to forecasts on").fill(dayFromNow(30));
  await page.getByLabel("Resolves by").fill(dayFromNow(60));
  await page.getByRole("button", { name: "Publish question" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Will the two groups announce a truce before 2028?");
});

test("a refused team name stays in its field with the reason beside it", async ({ page }) => {
  await signUp(page, "Hal");
  await page.goto("/teams");
  const name = page.getByLabel("Team name");
  await name.fill("X");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.locator("#team-name-error")).toContainText("at least 2 characters");
  await expect(name).toHaveValue("X");
  await name.fill("Xerxes analysts");
  await expect(page.locator("#team-name-error")).toHaveCount(0);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xerxes analysts");
});
