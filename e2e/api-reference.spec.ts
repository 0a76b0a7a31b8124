import { expect, test } from "./fixtures";
import { seriousViolations } from "./support";

test("the API reference lists the operations from the OpenAPI document, under the page's CSP", async ({ page }) => {
  // Several pages and an accessibility scan each: on a loaded two-CPU runner this outlasts the default minute.
  test.slow();
  await page.goto("/");
  const footerLink = page.getByRole("contentinfo").getByRole("link", { name: "API reference" });
  await expect(footerLink).toHaveAttribute("href", "/developers/api");
  await page.goto("/developers/api");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();

  // Rendered in the browser from /api/v1/openapi.json: the operations are listed by tag.
  const sidebar = page.getByRole("complementary", { name: /Forecast Workbench API/ });
  await expect(sidebar.getByRole("link", { name: /List questions you may see, filtered and paged/ })).toBeVisible({
    timeout: 15_000,
  });
  await sidebar.getByRole("button", { name: /Open Group - Forecasts/ }).click();
  await expect(sidebar.getByRole("link", { name: /Append a forecast/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ask AI" })).toHaveCount(0);
  // The document's own title lays out on a line of its own, not squeezed into a sliver by the
  // page's styles, and nothing pans sideways.
  const title = page.getByRole("heading", { name: "Forecast Workbench API" });
  await expect(title).toBeVisible();
  expect((await title.boundingBox())!.height).toBeLessThan(80);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
  expect(await seriousViolations(page)).toEqual([]);
});
