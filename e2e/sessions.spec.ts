import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { seriousViolations, signUp } from "./support";

async function answer(page: Page, index: number, percent: string, reason: string) {
  const question = page.locator("section.session-question").nth(index);
  const field = question.getByLabel("Probability of Yes", { exact: true });
  await field.fill(percent);
  await question.getByRole("textbox", { name: /Rationale/ }).fill(reason);
  await field.press("Enter");
  // One confirmation per answer: the entry's own, not a second one beside it.
  await expect(question.locator(".form-success")).toHaveCount(1);
  await expect(question.locator(".form-success")).toBeVisible();
  await expect(question.getByText(/^Your round-\d answer:/)).toContainText(`${percent}%`);
  await expect(question.locator(".form-success")).toHaveCount(1);
}

/** The reveal at a phone's and a laptop's size: nothing wider than the screen, saved for review. */
async function screenshotReveal(page: Page, who: string, testInfo: TestInfo) {
  for (const size of [
    { width: 390, height: 844 },
    { width: 1366, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await page.locator("figure.spread").first().scrollIntoViewIfNeeded();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `${who}'s session room at ${size.width}px`).toBeLessThanOrEqual(innerWidth);
    // The plot spans its column and its labels are legible (not scaled down to a few pixels).
    const plot = await page.locator("figure.spread svg").first().boundingBox();
    const column = await page.locator("section.session-question").first().boundingBox();
    expect(plot!.width).toBeGreaterThan(column!.width * 0.8);
    const tick = await page.locator("figure.spread .spread-tick").first().boundingBox();
    expect(tick!.height).toBeGreaterThanOrEqual(11);
    const file = testInfo.outputPath(`session-reveal-${who}-${size.width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`session reveal, ${who}, ${size.width}px`, { path: file, contentType: "image/png" });
  }
}

test("a facilitator runs a live calibration session with two members, from invite to report", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const [facilitatorContext, aContext, bContext] = await Promise.all([
    browser.newContext(),
    browser.newContext(),
    browser.newContext(),
  ]);
  const facilitator = await facilitatorContext.newPage();
  const memberA = await aContext.newPage();
  const memberB = await bContext.newPage();

  await signUp(facilitator, "Fiona");
  await facilitator.goto("/teams");
  await facilitator.getByLabel("Team name").fill("Levant desk");
  await facilitator.getByRole("button", { name: "Create team" }).click();
  await expect(facilitator.getByRole("heading", { level: 1, name: "Levant desk" })).toBeVisible();
  await facilitator.getByRole("button", { name: "Create invite link" }).click();
  const inviteUrl = await facilitator.getByLabel("Invite link", { exact: true }).inputValue();
  expect(inviteUrl).toMatch(/\/invites\/[A-Za-z0-9_-]+$/);

  // Amal is signed in when she opens the link; Bruno opens it signed out, sees whose invitation it
  // is, creates his account from there and comes back to join.
  await signUp(memberA, "Amal");
  const invitePath = new URL(inviteUrl).pathname;
  await memberB.goto(invitePath);
  await expect(memberB.getByRole("heading", { level: 1, name: "Join Levant desk" })).toBeVisible();
  await memberB.getByRole("link", { name: "Create an account" }).click();
  await memberB.getByLabel("Name").fill(`Bruno ${Date.now()}`);
  await memberB.getByLabel("Email").fill(`bruno.${Date.now()}@example.org`);
  await memberB.getByLabel("Password").fill("correct horse battery");
  await memberB.getByRole("button", { name: "Create account" }).click();
  await expect(memberB).toHaveURL(new RegExp(`${invitePath}$`));
  for (const page of [memberA, memberB]) {
    if (page === memberA) await page.goto(invitePath);
    await expect(page.getByRole("heading", { level: 1, name: "Join Levant desk" })).toBeVisible();
    await page.getByRole("button", { name: "Join team" }).click();
    await expect(page).toHaveURL(/\/teams\/c[a-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Levant desk", exact: true })).toBeVisible();
  }

  await facilitator.reload();
  await expect(facilitator.getByRole("heading", { name: "Members (3)" })).toBeVisible();
  await facilitator.getByText("Start a calibration session", { exact: true }).click();
  await facilitator.getByLabel("Title").fill("Truce and merger, 2017 practice");
  const resolved = facilitator.locator("label.inline-check", { hasText: "(resolved)" });
  await resolved.filter({ hasText: "announce a truce by 2018-12-31" }).getByRole("checkbox").check();
  await resolved.filter({ hasText: "merger or formal alliance by 2019-12-31" }).getByRole("checkbox").check();
  await facilitator.getByRole("button", { name: "Start session" }).click();
  await expect(facilitator.getByRole("heading", { level: 1, name: "Truce and merger, 2017 practice" })).toBeVisible();
  const sessionPath = new URL(facilitator.url()).pathname;

  await memberA.goto(sessionPath);
  await memberB.goto(sessionPath);
  await expect(memberB.locator(".steps [aria-current=step]")).toHaveText("Round 1: blind");
  expect(await seriousViolations(memberB)).toEqual([]);

  // Round 1, blind: everyone sees who answered, nobody sees values.
  await answer(memberA, 0, "15", "No sign of **talks**.");
  await answer(memberA, 1, "10", "Ideological split too deep; [see this](javascript:alert(1)).");
  await answer(memberB, 0, "40", "Pressure could push them together.");
  await answer(memberB, 1, "30", "Shared enemies.");
  await expect(facilitator.locator("section.session-question").first()).toContainText("Answered in round 1: 2 of 3");
  await expect(memberB.getByText(/No sign of/)).toHaveCount(0);
  await expect(memberB.getByText(/15%/)).toHaveCount(0);

  // Reveal: the members' screens follow without reloading.
  await facilitator.getByRole("button", { name: "Reveal round 1" }).click();
  await expect(memberB.locator(".steps [aria-current=step]")).toHaveText("Reveal and discuss");
  // Reasons are Markdown, rendered safely: bold is bold, and a script link is no link.
  const firstReasons = memberB.locator("section.session-question").first().locator(".session-reasons");
  await expect(firstReasons.locator("strong", { hasText: "talks" })).toBeVisible();
  await expect(firstReasons).not.toContainText("**");
  const secondReasons = memberB.locator("section.session-question").nth(1).locator(".session-reasons");
  await expect(secondReasons).toContainText("see this");
  await expect(secondReasons.getByRole("link", { name: "see this" })).toHaveCount(0);
  const spread = memberB.locator("figure.spread").first();
  await expect(spread).toContainText("2 answers");
  // Your own answer is marked with a shape and a label, not only a colour; the facilitator, who
  // did not answer, has no such mark.
  await expect(spread.getByTestId("spread-mine")).toHaveText("You 40%");
  await expect(spread.locator("figcaption")).toContainText("yours 40%");
  await expect(facilitator.locator("figure.spread").first()).toContainText("2 answers");
  await expect(facilitator.getByTestId("spread-mine")).toHaveCount(0);

  // The facilitator's controls are a section of their own, apart from the notes box.
  const controls = facilitator.getByRole("region", { name: "Facilitator controls" });
  const notesSection = facilitator.getByRole("region", { name: "Discussion notes" });
  await expect(controls.getByRole("button", { name: "Start round 2" })).toBeVisible();
  await expect(controls.getByRole("textbox")).toHaveCount(0);
  await expect(notesSection.getByRole("button", { name: "Start round 2" })).toHaveCount(0);
  await expect(notesSection.getByRole("textbox", { name: "Discussion notes" })).toBeVisible();
  await screenshotReveal(facilitator, "facilitator", testInfo);
  await screenshotReveal(memberB, "participant", testInfo);
  await facilitator
    .getByRole("textbox", { name: "Discussion notes" })
    .fill("Talked through base rates of jihadist mergers.");
  await facilitator.getByRole("button", { name: "Save notes" }).click();
  await expect(memberA.getByText("Talked through base rates")).toBeVisible();

  // Round 2: update.
  await facilitator.getByRole("button", { name: "Start round 2" }).click();
  await expect(memberA.locator(".steps [aria-current=step]")).toHaveText("Round 2: update");
  await answer(memberA, 0, "10", "Still nothing.");
  await answer(memberB, 0, "25", "Moved towards the group.");
  await expect(memberB.getByText(/Your shift: 40% → 25%/)).toBeVisible();

  await facilitator.getByRole("button", { name: "Close the session" }).click();
  await expect(memberA.getByRole("link", { name: "Open the report" })).toBeVisible();
  await memberA.getByRole("link", { name: "Open the report" }).click();
  await expect(memberA.getByRole("heading", { level: 1, name: /Report: Truce and merger/ })).toBeVisible();
  const people = memberA.getByRole("table", { name: "Each participant’s change and scores" });
  await expect(people.getByRole("row")).toHaveCount(4); // header, two participants, team
  await expect(memberA.getByRole("table", { name: /Round-2 answers on resolved questions/ })).toBeVisible();
  await expect(memberA.getByRole("figure", { name: /Session calibration chart/ })).toBeVisible();
  expect(await seriousViolations(memberA)).toEqual([]);

  await Promise.all([facilitatorContext.close(), aContext.close(), bContext.close()]);
});
