import { expect, test } from "./fixtures";
import { seriousViolations, signUp } from "./support";

test("a three-question practice round by keyboard ends with the comparison and calibration", async ({ page }) => {
  await signUp(page, "Pia");
  await page.goto("/practice");
  await expect(page.getByRole("heading", { level: 1, name: /Practice/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Choose the truce theme (three resolved questions) and start, by keyboard.
  const set = page.getByLabel("Questions to practise on");
  await set.focus();
  await set.selectOption({ label: "Truce (3)" });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Start practice run" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/practice\/c[a-z0-9]+\?q=1$/);

  const progress = page.locator(".queue-progress");
  for (let n = 1; n <= 3; n++) {
    await expect(progress).toContainText(`Question ${n} of 3`);
    // Blind: nothing on the page says how it turned out before the answer.
    await expect(page.getByRole("heading", { name: "How it turned out" })).toHaveCount(0);
    await expect(page.getByText(/What happened:/)).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText(/as of 2025|Resolved|al-Naba 233|Baghdadi killed, 2019/);
    if (n === 1) expect(await seriousViolations(page)).toEqual([]);

    const yesField = page.getByLabel("Probability of Yes", { exact: true });
    if ((await yesField.count()) > 0) {
      // The percent field has focus: select, type, Enter commits.
      await expect(yesField).toBeFocused();
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("20");
      await page.keyboard.press("ArrowDown"); // 19
    }
    const options = page.getByRole("group", { name: "Probability of each option" }).locator("input[inputmode=decimal]");
    const optionCount = await options.count();
    if (optionCount > 0) {
      // Multiple choice starts empty too: equal shares, the remainder on the last option.
      const share = Math.floor(100 / optionCount);
      for (let i = 0; i < optionCount; i++) {
        await options.nth(i).fill(String(i === optionCount - 1 ? 100 - share * (optionCount - 1) : share));
      }
      await options.last().focus();
    }
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { name: "How it turned out" })).toBeVisible();
    await expect(page.getByText(/What happened:/)).toBeVisible();
    await expect(page.getByText(/Your Brier score/)).toBeVisible();
    await expect(page.getByRole("table", { name: /implied probabilities/ })).toBeVisible();
    if (n === 1) expect(await seriousViolations(page)).toEqual([]);
    const next = page.getByRole("link", { name: n < 3 ? "Next question" : "See your results" });
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");
  }

  await expect(page.getByRole("heading", { level: 1, name: "Practice run: your results" })).toBeVisible();
  await expect(page.getByText(/Your mean Brier score over 3 questions/)).toBeVisible();
  // The bar to beat is stated beside the score, and what "better" means below.
  await expect(page.getByText(/Knowing nothing \(50% on every yes\/no question/)).toContainText(/0\.\d{3}/);
  await expect(page.getByText(/“you did better” means your mean Brier score was lower/)).toBeVisible();
  const authors = page.getByRole("table", { name: "You against the authors" });
  for (const author of ["Elijah J. Magnier", "Hamdi Malik", "Tom O'Connor"]) {
    await expect(authors.getByRole("row", { name: new RegExp(author) })).toBeVisible();
  }
  await expect(page.getByText(/No crowd to compare with/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Calibration of this run" })).toBeVisible();
  await expect(page.getByLabel(/Calibration chart/)).toBeVisible();
  await expect(page.getByText(/This is your first scored run/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Your live track record is untouched.
  await page.goto("/me");
  await expect(page.getByRole("heading", { name: "Nothing to score yet" })).toBeVisible();
});

test("practice needs an account", async ({ page }) => {
  await page.goto("/practice");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpractice/);
});
