import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createQuestion, signUp } from "./support";

async function api(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, {
        method,
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    { method, url, body },
  );
}

test("the history chart spans the question's life and tells the crowd from you", async ({ browser }) => {
  const [ownerContext, otherContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  const owner = await ownerContext.newPage();
  const other = await otherContext.newPage();
  await signUp(owner, "Chartreuse");
  const id = await createQuestion(owner, "Will the chart start at the open date?");
  await signUp(other, "Olive");
  expect((await api(other, "POST", `/api/v1/questions/${id}/forecasts`, { probability: 0.8 })).status).toBe(201);
  expect((await api(owner, "POST", `/api/v1/questions/${id}/forecasts`, { probability: 0.3 })).status).toBe(201);
  const question = await api(owner, "GET", `/api/v1/questions/${id}`);
  const openAt = Date.parse(String(question.body.openAt));

  await owner.goto(`/questions/${id}`);
  const chart = owner.locator("figure.chart-frame");
  await expect(chart).toHaveAttribute("data-domain-start", String(openAt));

  const crowd = chart.locator(".series-crowd path.recharts-curve").first();
  const you = chart.locator(".series-you path.recharts-curve").first();
  // Attached, not visible: a flat line has no height.
  await expect(crowd).toBeAttached();
  await expect(you).toBeAttached();
  const styleOf = (path: typeof crowd) =>
    path.evaluate((element) => ({
      stroke: element.getAttribute("stroke"),
      dash: element.getAttribute("stroke-dasharray"),
    }));
  const [crowdStyle, youStyle] = await Promise.all([styleOf(crowd), styleOf(you)]);
  expect(crowdStyle.stroke).not.toBe(youStyle.stroke);
  expect(crowdStyle.dash).not.toBe(youStyle.dash);
  // Crowd points are squares, yours circles.
  await expect(chart.locator("rect.marker-crowd").first()).toBeAttached();
  await expect(chart.locator("circle.marker-you").first()).toBeAttached();

  // The legend lists what is drawn: no sources or others' points on this question.
  const legend = chart.locator(".recharts-legend-item-text");
  await expect(legend.filter({ hasText: /^Crowd/ })).toHaveCount(1);
  await expect(legend.filter({ hasText: /^You$/ })).toHaveCount(1);
  await expect(legend.filter({ hasText: /sources/ })).toHaveCount(0);

  // The tooltip speaks words, not data keys.
  await chart.locator("circle.marker-you").first().hover({ force: true });
  const tooltip = owner.locator(".chart-tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText("You");
  await expect(tooltip).not.toContainText(/\bp :|\bt :/);
  await Promise.all([ownerContext.close(), otherContext.close()]);
});
