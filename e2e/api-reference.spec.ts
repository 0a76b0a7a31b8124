import { expect, test } from "./fixtures";
import { seriousViolations } from "./support";

test("the API reference lists the operations from the OpenAPI document, under the page's CSP", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/developers\/api$/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  // Rendered in the browser from /api/v1/openapi.json: an operation's summary shows up.
  await expect(page.getByText("List questions you may see, filtered and paged").first()).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText("Append a forecast", { exact: false }).first()).toBeAttached();
  expect(await seriousViolations(page)).toEqual([]);
});
