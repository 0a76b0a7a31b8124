// Every page at a phone's and a laptop's size: nothing wider than the screen, no console errors,
// no serious accessibility findings. Screenshots are attached to the run's results for review.
import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createQuestion, E2E_LAYOUT_ADMIN_EMAIL, seriousViolations, signUp } from "./support";

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "laptop", width: 1366, height: 900 },
] as const;

/** Console errors and uncaught exceptions on a page, collected as it is used. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

async function checkPage(page: Page, path: string, testInfo: TestInfo, label: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    // The elements reaching past the screen's edge, for the failure message.
    culprits: [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((element) => {
        // Inside a box that scrolls or clips on its own, reaching past the edge is harmless.
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX !== "visible") return false;
        }
        return true;
      })
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${String(element.className)} "${element.textContent?.slice(0, 40)}"`,
      ),
  }));
  expect(
    scrollWidth,
    `${path} is ${scrollWidth}px wide on a ${innerWidth}px screen: ${culprits.join(", ")}`,
  ).toBeLessThanOrEqual(innerWidth);
  expect(await seriousViolations(page), `axe findings on ${path}`).toEqual([]);
  const file = testInfo.outputPath(`${label}-${path.replace(/[^a-z0-9]+/gi, "_") || "home"}.png`);
  await page.screenshot({ path: file, fullPage: false });
  await testInfo.attach(`${label} ${path}`, { path: file, contentType: "image/png" });
}

async function firstQuestionPath(page: Page, query: string): Promise<string> {
  await page.goto(`/questions?${query}`);
  const href = await page.locator(".question-list > li h2 a").first().getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("signed-out pages fit the screen, log no errors and pass axe", async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      const errors = watchErrors(page);
      const question = await firstQuestionPath(page, "status=resolved");
      await page.goto("/sources");
      const source = await page.locator(".question-list > li a").first().getAttribute("href");
      for (const path of [
        "/",
        "/questions",
        question,
        "/sources",
        source!,
        "/review",
        "/practice",
        "/estimative-words",
        "/sign-in",
        "/sign-up",
      ]) {
        await checkPage(page, path, testInfo, `${viewport.name}-signed-out`);
      }
      expect(errors).toEqual([]);
    });

    test("signed-in pages fit the screen, log no errors and pass axe", async ({ page }, testInfo) => {
      test.setTimeout(240_000);
      const errors = watchErrors(page);
      // That address is an administrator's; only the phone run signs up with it.
      await signUp(page, "Layla", "", viewport.name === "phone" ? E2E_LAYOUT_ADMIN_EMAIL : undefined);
      const openQuestion = await createQuestion(page, `Will the layout check pass at ${viewport.width}px?`);
      await page.goto("/teams");
      await page.getByLabel("Team name").fill(`Layout desk ${viewport.width}`);
      await page.getByRole("button", { name: "Create team" }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Layout desk ${viewport.width}` })).toBeVisible();
      const team = new URL(page.url()).pathname;
      const resolved = await firstQuestionPath(page, "status=resolved");

      const paths = [
        "/",
        "/questions",
        `/questions/${openQuestion}`,
        resolved,
        "/questions/new",
        "/forecast",
        "/sources",
        "/sources/new",
        "/review",
        "/practice",
        "/teams",
        team,
        "/resolve",
        "/me",
        "/settings",
        "/settings/integrations",
        "/sessions",
        "/inbox",
      ];
      if (viewport.name === "phone") paths.push("/admin", "/admin/users", "/admin/audit");
      for (const path of paths) await checkPage(page, path, testInfo, `${viewport.name}-signed-in`);

      // The menu: on a phone behind a disclosure button that the keyboard opens and Escape closes.
      await page.goto("/");
      const toggle = page.getByRole("button", { name: "Menu" });
      const nav = page.getByRole("navigation", { name: "Main" });
      if (viewport.name === "phone") {
        await expect(nav).toBeHidden();
        await toggle.focus();
        await page.keyboard.press("Enter");
        await expect(toggle).toHaveAttribute("aria-expanded", "true");
        await expect(nav.getByRole("link", { name: "Track record" })).toBeVisible();
        await page.keyboard.press("Escape");
        await expect(nav).toBeHidden();
        await expect(toggle).toBeFocused();
      } else {
        await expect(toggle).toBeHidden();
        await expect(nav.getByRole("link", { name: "Track record" })).toBeVisible();
        // The signed-in header is one row: the brand, the links and the account share a line.
        const header = await page.locator(".site-header").boundingBox();
        const brand = await page.locator(".site-header .brand").boundingBox();
        expect(header!.height).toBeLessThan(brand!.height * 2.5);
      }
      expect(errors).toEqual([]);
    });
  });
}
