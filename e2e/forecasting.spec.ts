import { expect, test } from "./fixtures";
import { createQuestion, dayFromNow, E2E_ADMIN_EMAIL, seriousViolations, signUp } from "./support";

test("sign up, publish a question, forecast on it by keyboard, revise, see both points; resolve as admin, see the scores", async ({
  page,
}) => {
  const name = await signUp(page, "Ada", "", E2E_ADMIN_EMAIL);
  // The e2e server names this address in ADMIN_EMAIL: admin whenever, and alongside whatever, it signs up.
  await expect(page.getByRole("link", { name: /Settings for .*\(admin\)/ })).toBeVisible();

  // A question of its own, open for a month from today: the seeded open questions close on fixed
  // dates, and resolving one would change what other tests count.
  await page.goto("/questions/new");
  await page.getByLabel("Question").fill("Will the two groups sign a truce before the end of next month?");
  await page.getByLabel(/^Resolution criteria/).fill("Yes if both groups announce a truce in their official media.");
  await page.getByLabel("Closes to forecasts on").fill(dayFromNow(30));
  await page.getByLabel("Resolves by").fill(dayFromNow(30));
  await page.getByRole("button", { name: "Publish question" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /sign a truce before the end of next month/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your forecast" })).toBeVisible();

  // The entry starts empty (no 50% to anchor on), and the slider appears once there is a value.
  await expect(page.getByLabel("Probability of Yes", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Probability of Yes (slider)")).toHaveCount(0);
  await page.getByRole("button", { name: "Save forecast" }).click();
  await expect(page.getByText("Enter your probability of Yes, from 0.1% to 99.9%.").first()).toBeVisible();
  await expect(page.locator(".history-list > li")).toHaveCount(0);

  // First forecast: keyboard only.
  await page.getByLabel("Probability of Yes", { exact: true }).focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("35");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Forecast saved.")).toBeVisible();
  const history = page.locator(".history-list > li");
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText("35%");

  // Revision: Shift+ArrowUp twice is +10 points, a rationale, Ctrl+Enter saves.
  await page.getByLabel("Probability of Yes", { exact: true }).focus();
  await page.keyboard.press("Shift+ArrowUp");
  await page.keyboard.press("Shift+ArrowUp");
  await expect(page.getByLabel("Probability of Yes", { exact: true })).toHaveValue("45");
  await page.keyboard.press("Tab"); // the slider
  await page.keyboard.press("Tab"); // the rationale
  await page.keyboard.type("Reports of **talks** in Idlib.");
  await page.keyboard.press("Control+Enter");
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText("45%");
  await expect(history.first().locator("strong", { hasText: "talks" })).toBeVisible();

  // Both forecasts are on the chart, and in its table view.
  await expect(page.locator("figure.chart-frame circle.marker-you")).toHaveCount(2);
  await page.getByText("Table view of the chart").click();
  await expect(page.locator("table.data-table tr", { hasText: /^.*You/ })).toHaveCount(2);

  // The headline gives the crowd and your latest.
  await expect(page.locator(".crowd-headline")).toContainText("Crowd 45%");
  await expect(page.locator(".crowd-headline")).toContainText("You 45%");

  // Resolve early as administrator, behind a deliberate step, and see the scores.
  const today = dayFromNow(0);
  await expect(page.getByRole("form", { name: "Resolve" })).toHaveCount(0);
  await page.getByRole("button", { name: "Resolve…" }).click();
  const resolve = page.getByRole("form", { name: "Resolve" });
  await expect(resolve.getByLabel("Outcome")).toHaveValue("");
  await expect(resolve.getByLabel("Outcome")).toBeFocused();
  await resolve.getByRole("button", { name: "Review the resolution" }).click();
  await expect(resolve.getByText("Choose the outcome.")).toBeVisible();
  await expect(resolve.getByText("Check 3 fields: Outcome, Date the event happened, Note.")).toBeVisible();
  await resolve.getByLabel("Outcome").selectOption("NO");
  await expect(resolve.getByText("Choose the outcome.")).toHaveCount(0);
  await resolve.getByLabel("Date the event happened").fill(today);
  await resolve.getByLabel(/^Note/).fill("No truce was announced.");
  await resolve.getByRole("button", { name: "Review the resolution" }).click();
  const confirmation = page.getByRole("group", { name: /Record “No” as this question’s outcome/ });
  await expect(confirmation).toContainText("1 forecaster will be scored against it.");
  // Nothing is recorded before the confirmation.
  await page.reload();
  await expect(page.getByRole("region", { name: "Scores" })).toHaveCount(0);
  await page.getByRole("button", { name: "Resolve…" }).click();
  await resolve.getByLabel("Outcome").selectOption("NO");
  await resolve.getByLabel("Date the event happened").fill(today);
  await resolve.getByLabel(/^Note/).fill("No truce was announced.");
  await resolve.getByRole("button", { name: "Review the resolution" }).click();
  await confirmation.getByRole("button", { name: "Record “No”" }).click();
  await expect(page.getByText("Resolution recorded; 1 forecaster scored.")).toBeVisible();
  const scores = page.getByRole("region", { name: "Scores" });
  await expect(scores.getByRole("row", { name: new RegExp(name) })).toBeVisible();
  // Final forecast 45% on a No: Brier 0.45² = 0.203.
  await expect(scores.getByRole("row", { name: new RegExp(name) })).toContainText("0.203");
  await expect(page.getByText(/accepts no new forecasts/)).toBeVisible();
});

test("the quick-entry queue advances with Enter", async ({ page }) => {
  await signUp(page, "Quinn");
  // Two questions of its own, closing within hours so they lead the queue (closing soonest first)
  // whatever else is open today.
  await createQuestion(page, "Will the first quick-entry question resolve Yes?", { closesInHours: 1 });
  await createQuestion(page, "Will the second quick-entry question resolve Yes?", { closesInHours: 2 });
  await page.goto("/forecast");
  const progress = page.locator(".queue-progress");
  await expect(progress).toContainText(/Question 1 of \d+/);
  await expect(page.locator("#queue-question")).toHaveText(/quick-entry question/);
  const firstTitle = await page.locator("#queue-question").textContent();
  // The percent field has focus: type, Enter, next.
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("20");
  await page.keyboard.press("Enter");
  await expect(progress).toContainText(/Question 2 of \d+/);
  await expect(page.locator("#queue-question")).not.toHaveText(firstTitle!);
});

test("signed-out visitors are sent to sign in, and come back", async ({ page }) => {
  await page.goto("/forecast");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fforecast/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("signed-in pages have no serious accessibility violations", async ({ page }) => {
  await signUp(page, "Axel");
  for (const path of ["/forecast", "/questions/new", "/resolve", "/me", "/settings"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.goto(`/questions/${await createQuestion(page, "Will an accessible question page appear?")}`);
  await expect(page.getByRole("heading", { name: "Your forecast" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("a question that hides forecasts shows nobody else's numbers until you forecast", async ({ browser }) => {
  const [aContext, bContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  const author = await aContext.newPage();
  const reader = await bContext.newPage();
  await signUp(author, "Hana");
  await author.goto("/questions/new");
  await author.getByLabel("Question").fill("Will a joint ISIS–al-Qaeda statement appear before next quarter?");
  await author
    .getByLabel(/^Resolution criteria/)
    .fill("Yes if both groups' media publish one statement signed by both.");
  await author.getByLabel("Closes to forecasts on").fill(dayFromNow(90));
  await author.getByLabel("Resolves by").fill(dayFromNow(90));
  await author.getByLabel(/Hide others’ forecasts/).check();
  await author.getByRole("button", { name: "Publish question" }).click();
  await expect(author.getByRole("heading", { level: 1, name: /joint ISIS–al-Qaeda statement/ })).toBeVisible();
  await author.getByLabel("Probability of Yes", { exact: true }).fill("73");
  await author.getByLabel("Probability of Yes", { exact: true }).press("Enter");
  await expect(author.getByText("Forecast saved.")).toBeVisible();

  await signUp(reader, "Ivo");
  await reader.goto(author.url());
  await expect(reader.getByText(/hidden until you forecast this question/)).toBeVisible();
  await expect(reader.locator("main")).not.toContainText("73%");
  await reader.getByLabel("Probability of Yes", { exact: true }).fill("20");
  await reader.getByLabel("Probability of Yes", { exact: true }).press("Enter");
  await expect(reader.getByRole("region", { name: "Other forecasters" })).toContainText("73%", { timeout: 15_000 });
  await Promise.all([aContext.close(), bContext.close()]);
});
