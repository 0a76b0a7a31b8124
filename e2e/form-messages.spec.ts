import { expect, test } from "./fixtures";
import { signUp } from "./support";

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
