// Webhooks and the calendar feed from the settings page, against the real server: a webhook is
// added, its secret copied from the page, "Send test" reaches a receiver this test runs and is
// signed with that secret, the log shows it delivered; the feed address serves iCalendar until
// it is revoked.
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";
import { seriousViolations, signUp } from "./support";

test("adds a webhook, sends a signed test, and serves a revocable calendar feed", async ({ page }) => {
  const received: { headers: IncomingHttpHeaders; raw: string }[] = [];
  const receiver = createServer((request, response) => {
    let raw = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (raw += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, raw });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/chat-hook`;
  try {
    await signUp(page, "Hooker");
    await page.goto("/settings");
    await page.getByRole("link", { name: "webhooks and calendar feed" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks and calendar" })).toBeVisible();

    await page.getByLabel(/^URL/).fill(url);
    await page.getByLabel("Format").selectOption("json");
    await page.getByRole("button", { name: "Add webhook" }).click();
    const secretBox = page.getByLabel("Signing secret");
    await expect(secretBox).toHaveValue(/^whsec_/);
    const secret = await secretBox.inputValue();
    await expect(page.getByRole("heading", { level: 3, name: url })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Send test" }).click();
    await expect(page.getByText("Test queued")).toBeVisible();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(1);
    const [ping] = received;
    expect(ping!.headers["x-workbench-event"]).toBe("ping");
    expect(ping!.headers["x-workbench-signature"]).toBe(
      `sha256=${createHmac("sha256", secret).update(ping!.raw).digest("hex")}`,
    );
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("cell", { name: "Delivered" })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await expect(page.getByRole("cell", { name: "200" })).toBeVisible();

    await page.getByRole("button", { name: "Make a feed address" }).click();
    const feedBox = page.getByLabel("Your calendar feed address");
    await expect(feedBox).toHaveValue(/\/api\/v1\/calendar\/cal_.+\.ics$/);
    const feedUrl = await feedBox.inputValue();
    const feed = await page.request.get(feedUrl);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    await page.getByRole("button", { name: "Revoke the address" }).click();
    await expect(page.getByText("You have no feed address.")).toBeVisible();
    expect((await page.request.get(feedUrl)).status()).toBe(404);
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
});
