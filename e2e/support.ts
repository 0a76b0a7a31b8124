import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Addresses the e2e server's ADMIN_EMAIL names (playwright.config.ts): whoever signs up with one is
 * admin. An address can sign up once per run, so each belongs to exactly one test.
 */
export const E2E_ADMIN_EMAIL = "administrator@e2e.example.org";
export const E2E_AUDITOR_EMAIL = "auditor@e2e.example.org";
export const E2E_LAYOUT_ADMIN_EMAIL = "layout@e2e.example.org";
export const E2E_CONTINUOUS_ADMIN_EMAIL = "continuous@e2e.example.org";

const DAY_MS = 86_400_000;

/** Signs up a fresh account through the real form; returns its name. */
export async function signUp(page: Page, prefix: string, origin = "", email?: string): Promise<string> {
  // Random, not a counter: workers run side by side, each with its own copy of this module.
  const name = `${prefix} ${randomBytes(5).toString("hex")}`;
  await page.goto(`${origin}/sign-up`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email ?? `${name.replace(/\W+/g, ".").toLowerCase()}@example.org`);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  // Attached, not visible: on a phone the account links sit behind the Menu button.
  await expect(
    page.getByRole("link", { name: new RegExp(`Settings for ${name}`), includeHidden: true }),
  ).toBeAttached();
  return name;
}

/** The calendar day (YYYY-MM-DD, UTC) a number of days from now: for date fields. */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Publishes an open yes/no question through the API as the page's signed-in account, closing
 * `closesInHours` from now, and returns its id. Tests that forecast make their own question: the
 * seeded open questions close on fixed dates, and other tests running alongside add their own.
 */
export async function createQuestion(page: Page, title: string, { closesInHours = 30 * 24 } = {}): Promise<string> {
  const closeAt = new Date(Date.now() + closesInHours * 3_600_000);
  const body = {
    title,
    resolutionCriteria: "Yes if two independent outlets report it before the question closes.",
    closeAt: closeAt.toISOString(),
    resolveBy: new Date(closeAt.getTime() + 30 * DAY_MS).toISOString(),
  };
  // From inside the page, so the request carries the session cookie and the app's own origin.
  const response = await page.evaluate(async (question) => {
    const created = await fetch("/api/v1/questions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(question),
    });
    return { status: created.status, body: (await created.json()) as { id?: string } };
  }, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id!;
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
