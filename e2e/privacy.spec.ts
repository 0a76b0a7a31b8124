// Signed out, a public question shows the crowd, not the people (issue: privacy by default).
import { expect, test } from "@playwright/test";
import { createQuestion, seriousViolations, signUp } from "./support";

test("a signed-out visitor sees the crowd's numbers but no forecaster's name or forecast", async ({ browser }) => {
  const [memberContext, visitorContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  const member = await memberContext.newPage();
  const visitor = await visitorContext.newPage();
  const name = await signUp(member, "Greta");
  const id = await createQuestion(member, "Will al-Qaeda's Syrian branch announce a split before next year?");
  await member.goto(`/questions/${id}`);
  await member.getByLabel("Probability of Yes", { exact: true }).fill("64");
  await member.getByLabel("Probability of Yes", { exact: true }).press("Enter");
  await expect(member.getByText("Forecast saved.")).toBeVisible();

  await visitor.goto(`/questions/${id}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("Syrian branch");
  await expect(visitor.getByText(/1 person has forecast this question/)).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await expect(visitor.locator("main")).not.toContainText(name);
  await expect(visitor.getByRole("region", { name: "Other forecasters" })).toHaveCount(0);
  // The chart's table view still gives the crowd's number.
  await visitor.getByText("Table view of the chart").click();
  await expect(visitor.locator("main table")).toContainText("64");
  const api = await visitor.evaluate(async (questionId) => {
    const response = await fetch(`/api/v1/questions/${questionId}/forecasts`);
    return { status: response.status, text: await response.text() };
  }, id);
  expect(api.status).toBe(200);
  expect(api.text).not.toContain(name);
  expect(await seriousViolations(visitor)).toEqual([]);

  await memberContext.close();
  await visitorContext.close();
});
