import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

let counter = 0;

/** Addresses the e2e server's ADMIN_EMAIL names (playwright.config.ts): whoever signs up with one is admin. */
export const E2E_ADMIN_EMAIL = "administrator@e2e.example.org";
export const E2E_AUDITOR_EMAIL = "auditor@e2e.example.org";

/** Signs up a fresh account through the real form; returns its name. */
export async function signUp(page: Page, prefix: string, origin = "", email?: string): Promise<string> {
  counter += 1;
  const name = `${prefix} ${Date.now().toString(36)}${counter}`;
  await page.goto(`${origin}/sign-up`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email ?? `${name.replace(/\W+/g, ".").toLowerCase()}@example.org`);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("link", { name: new RegExp(`Settings for ${name}`) })).toBeVisible();
  return name;
}

/** Axe findings of serious or critical impact on the current page (WCAG 2.1 A and AA). */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
}
