// An administrator on a workbench without a mail server: deactivates an account (which can then
// no longer sign in), gives another a one-time password-reset link that works once, and reads
// what happened in the audit log. Admin pages pass the accessibility check; others get a 404.
import { E2E_PORT, INTRANET_HOST } from "../playwright.config";
import { expect, test } from "./fixtures";
import { E2E_AUDITOR_EMAIL, seriousViolations, signUp } from "./support";

const intranet = `http://${INTRANET_HOST}:${E2E_PORT}`;

test("an administrator deactivates an account, issues a reset link, and reads the audit log", async ({ browser }) => {
  // Several pages and an accessibility scan each: on a loaded two-CPU runner this outlasts the default minute.
  test.slow();
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  const memberName = await signUp(member, "Leaver");
  const memberEmail = `${memberName.replace(/\W+/g, ".").toLowerCase()}@example.org`;
  await expect(member.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  expect((await member.goto("/admin/users"))?.status()).toBe(404);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  // On the intranet host name, as a team's administrator would be.
  await signUp(admin, "Auditor", intranet, E2E_AUDITOR_EMAIL);
  await admin.getByRole("link", { name: "Admin", exact: true }).click();
  await admin.getByRole("link", { name: /users/i }).first().click();
  await admin.getByLabel("Name or email").fill(memberEmail);
  await admin.getByRole("button", { name: "Search" }).click();
  expect(await seriousViolations(admin)).toEqual([]);

  await admin.getByRole("button", { name: new RegExp(`Deactivate ${memberName}`) }).click();
  await admin.getByRole("button", { name: new RegExp(`Yes, deactivate ${memberName}`) }).click();
  await expect(admin.getByRole("button", { name: new RegExp(`Reactivate ${memberName}`) })).toBeVisible();

  // The member's open session has ended.
  await member.goto("/settings");
  await expect(member).toHaveURL(/\/sign-in/);
  await member.getByLabel("Email").fill(memberEmail);
  await member.getByLabel("Password").fill("correct horse battery");
  await member.getByRole("button", { name: "Sign in" }).click();
  await expect(member.getByText("Wrong email or password.")).toBeVisible();
  await expect(member.getByRole("link", { name: new RegExp(`Settings for ${memberName}`) })).toHaveCount(0);

  await admin.getByRole("button", { name: new RegExp(`Reactivate ${memberName}`) }).click();
  await admin.getByRole("button", { name: new RegExp(`Reset link for ${memberName}`) }).click();
  const link = await admin.getByLabel(new RegExp(`One-time reset link for ${memberName}`)).inputValue();
  expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{20,}$/);

  await member.goto(new URL(link).pathname);
  await member.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await member.getByLabel("Repeat the new password").fill("a brand new passphrase");
  await member.getByRole("button", { name: "Set the new password" }).click();
  await expect(member.getByText(/new password is set/i)).toBeVisible();
  await member.goto(new URL(link).pathname);
  // The link worked once: now it only explains itself.
  await expect(member.getByText(/reset link was already used/)).toBeVisible();
  await expect(member.getByLabel("New password", { exact: true })).toHaveCount(0);
  await member.goto("/sign-in");
  await member.getByLabel("Email").fill(memberEmail);
  await member.getByLabel("Password").fill("a brand new passphrase");
  await member.getByRole("button", { name: "Sign in" }).click();
  await expect(member.getByRole("link", { name: new RegExp(`Settings for ${memberName}`) })).toBeVisible();

  await admin.goto(`${intranet}/admin/audit`);
  for (const action of [
    "user.deactivated",
    "user.reactivated",
    "user.password-reset-link-issued",
    "user.password-reset",
  ]) {
    await expect(admin.getByRole("rowheader", { name: action }).first()).toBeVisible();
  }
  expect(await seriousViolations(admin)).toEqual([]);
  await memberContext.close();
  await adminContext.close();
});
