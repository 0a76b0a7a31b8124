// Webhooks on PostgreSQL: the outbox written with a question, fanned out and sent once to a real
// receiver even when two dispatchers (two server processes) run at the same moment.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import type { Db } from "@/lib/db/client";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { createQuestion } from "@/lib/questions/create";
import { createUser } from "@/lib/users/create-user";
import { createWebhookDispatcher } from "@/lib/webhooks/dispatcher";
import { createWebhook } from "@/lib/webhooks/manage";
import { createPostgresTestDb, type PostgresTestDb } from "../support/postgres-db";

const serverUrl = process.env.TEST_POSTGRES_URL;

describe.skipIf(!serverUrl)("webhooks on PostgreSQL (skipped: set TEST_POSTGRES_URL to a PostgreSQL server)", () => {
  let handle: PostgresTestDb;
  let db: Db;
  let ada: SignedInViewer;
  let receiver: Server;
  const deliveryIds: string[] = [];

  beforeAll(async () => {
    handle = await createPostgresTestDb(serverUrl!, "workbench_webhooks");
    db = handle.db;
    ada = (await viewerForUser(db, (await createUser(db, { email: "ada@example.org", name: "Ada" })).id))!;
    process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = "true";
    receiver = createServer((request, response) => {
      deliveryIds.push(String(request.headers["x-workbench-delivery"]));
      request.resume();
      request.on("end", () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  }, 120_000);

  afterAll(async () => {
    delete process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS;
    await new Promise((resolve) => receiver?.close(resolve));
    await handle?.cleanup();
  });

  it("sends each event once, whichever of two dispatchers claims it", async () => {
    const port = (receiver.address() as AddressInfo).port;
    const webhook = await createWebhook(db, ada, {
      url: `http://127.0.0.1:${port}/hook`,
      events: ["question.created"],
      format: "json",
    });
    expect(webhook.secret).toMatch(/^whsec_/);
    const inAYear = new Date(Date.now() + 365 * 86400_000);
    for (const title of ["Will PostgreSQL send this once?", "Will PostgreSQL send that once too?"]) {
      await createQuestion(db, ada, {
        title,
        resolutionCriteria: "Yes if it arrives once.",
        closeAt: inAYear,
        resolveBy: inAYear,
        themes: ["truce"],
      });
    }
    const allow = { allowPrivateNetworks: () => true };
    const [first, second] = [createWebhookDispatcher(db, allow), createWebhookDispatcher(db, allow)];
    await Promise.all([first.runOnce(), second.runOnce(), first.runOnce(), second.runOnce()]);
    expect(deliveryIds).toHaveLength(2);
    expect(new Set(deliveryIds).size).toBe(2);
    expect(await db.webhookDelivery.count({ where: { status: "delivered" } })).toBe(2);
  });
});
