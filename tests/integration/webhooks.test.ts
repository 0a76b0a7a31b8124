// Outgoing webhooks end to end on a real SQLite file: events written by the real API routes, fanned
// out and POSTed by the dispatcher to a real HTTP server this test runs on 127.0.0.1, signatures
// checked with node:crypto, a 500 retried after a "restart" (a new dispatcher on the same
// database), exactly one delivery per event and webhook, and nothing sent about a question the
// webhook's owner may not read.
import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { viewerForUser } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { seedDatabase } from "@/lib/seed/load";
import { advanceSession, createSession } from "@/lib/sessions/sessions";
import { createWebhookDispatcher, MAX_ATTEMPTS, RETRY_DELAYS_MS } from "@/lib/webhooks/dispatcher";
import { call } from "../support/api-client";
import { personWithKey, type Person } from "../support/people";
import { createTestDb, type TestDb } from "../support/test-db";

type Received = { headers: IncomingHttpHeaders; raw: string; body: Record<string, unknown> };

let handle: TestDb;
let olga: Person; // administrator, owns the team
let ben: Person; // team member
let dan: Person; // not in the team
let teamId: string;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
// Status codes the receiver answers each path with, in order; 200 once they run out.
const answers = new Map<string, number[]>();

const routes = async () => ({
  teams: await import("@/app/api/v1/teams/route"),
  invites: await import("@/app/api/v1/teams/[id]/invites/route"),
  accept: await import("@/app/api/v1/invites/[token]/accept/route"),
  questions: await import("@/app/api/v1/questions/route"),
  forecasts: await import("@/app/api/v1/questions/[id]/forecasts/route"),
  resolution: await import("@/app/api/v1/questions/[id]/resolution/route"),
  webhooks: await import("@/app/api/v1/webhooks/route"),
  webhook: await import("@/app/api/v1/webhooks/[id]/route"),
  test: await import("@/app/api/v1/webhooks/[id]/test/route"),
  deliveries: await import("@/app/api/v1/webhooks/[id]/deliveries/route"),
});
let r: Awaited<ReturnType<typeof routes>>;

const person = (email: string, name: string, role?: "admin") => personWithKey(handle.db, email, name, role);

const inAYear = () => new Date(Date.now() + 365 * 86400_000).toISOString();
const later = (ms: number) => new Date(Date.now() + ms);

async function newQuestion(key: string, title: string, team?: string) {
  const created = await call(r.questions.POST, "POST", "/api/v1/questions", {
    key,
    body: {
      title,
      resolutionCriteria: "Yes if the test says so.",
      closeAt: inAYear(),
      resolveBy: inAYear(),
      themes: ["truce"],
      ...(team ? { teamId: team } : {}),
    },
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const addWebhook = (key: string, body: Record<string, unknown>) =>
  call(r.webhooks.POST, "POST", "/api/v1/webhooks", { key, body });

const signatureOf = (secret: string, raw: string) => `sha256=${createHmac("sha256", secret).update(raw).digest("hex")}`;

/** What the receiver got for one webhook (its path names it). */
const receivedBy = (path: string) => received.filter((entry) => entry.headers["x-test-path"] === path);

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  r = await routes();
  olga = await person("olga@example.org", "Olga", "admin");
  ben = await person("ben@example.org", "Ben");
  dan = await person("dan@example.org", "Dan");
  const team = await call(r.teams.POST, "POST", "/api/v1/teams", { key: olga.key, body: { name: "Hooks team" } });
  teamId = team.body.id;
  const invite = await call(r.invites.POST, "POST", "", { key: olga.key, params: { id: teamId } });
  await call(r.accept.POST, "POST", "", { key: ben.key, params: { token: invite.body.token } });

  receiver = createServer((request, response) => {
    let raw = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (raw += chunk));
    request.on("end", async () => {
      const headers = { ...request.headers, "x-test-path": request.url ?? "" };
      received.push({ headers, raw, body: JSON.parse(raw) as Record<string, unknown> });
      // A webhook removed by its owner while its delivery is on the wire.
      if (request.url === "/vanishing")
        await handle.db.webhook.deleteMany({ where: { url: `${receiverUrl}/vanishing` } });
      response.writeHead(answers.get(request.url ?? "")?.shift() ?? 200).end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

beforeEach(() => {
  process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = "true";
});

afterAll(async () => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS;
  await new Promise((resolve) => receiver.close(resolve));
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle.cleanup();
});

describe("creating webhooks", () => {
  it("refuses loopback, private, link-local and metadata addresses unless private networks are allowed", async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS = "false";
    for (const url of [
      `${receiverUrl}/x`,
      "http://localhost:9/x",
      "http://10.1.2.3/x",
      "http://192.168.0.10/x",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]:8080/x",
      "http://[fd00::1]/x",
      "http://[::ffff:127.0.0.1]/x",
    ]) {
      const refused = await addWebhook(olga.key, { url, events: ["question.created"], format: "json" });
      expect(refused.status, url).toBe(400);
      expect(refused.body.error.issues).toEqual([expect.objectContaining({ path: "url" })]);
    }
    const notHttp = await addWebhook(olga.key, { url: "ftp://example.org/x", events: ["ping"], format: "xml" });
    expect(notHttp.status).toBe(400);
    expect(notHttp.body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      "events.0",
      "format",
    ]);
    const ftp = await addWebhook(olga.key, {
      url: "ftp://example.org/x",
      events: ["question.created"],
      format: "json",
    });
    expect(ftp.status).toBe(400);
    expect(ftp.body.error.issues[0].path).toBe("url");
    expect(await handle.db.webhook.count()).toBe(0);
  });

  it("lets only a team's owners and facilitators add its webhooks", async () => {
    const body = { url: `${receiverUrl}/member`, events: ["question.created"], format: "json", teamId };
    expect((await addWebhook(ben.key, body)).status).toBe(403);
    expect((await addWebhook(dan.key, body)).status).toBe(404);
    expect(await handle.db.webhook.count()).toBe(0);
  });
});

describe("deliveries", () => {
  const secrets = new Map<string, string>();
  const ids = new Map<string, string>();
  let teamQuestion: string;
  let publicQuestion: string;

  it("creates a team webhook and two personal ones", async () => {
    const all = ["question.created", "question.resolved", "forecast.created", "session.step_changed"];
    for (const [name, key, body] of [
      ["team", olga.key, { url: `${receiverUrl}/team`, events: all, format: "slack", teamId }],
      ["olga", olga.key, { url: `${receiverUrl}/olga`, events: all, format: "json" }],
      ["dan", dan.key, { url: `${receiverUrl}/dan`, events: all, format: "json" }],
    ] as const) {
      const created = await addWebhook(key, body);
      expect(created.status).toBe(201);
      expect(created.body.secret).toMatch(/^whsec_/);
      secrets.set(name, created.body.secret);
      ids.set(name, created.body.id);
    }
    const listed = await call(r.webhooks.GET, "GET", "/api/v1/webhooks", { key: olga.key });
    expect(listed.body.items.map((item: { id: string }) => item.id).sort()).toEqual(
      [ids.get("team"), ids.get("olga")].sort(),
    );
    expect(JSON.stringify(listed.body)).not.toContain("whsec_");
    // A member who does not manage the team sees none of its webhooks.
    expect((await call(r.webhooks.GET, "GET", "/api/v1/webhooks", { key: ben.key })).body.items).toEqual([]);
  });

  it("sends each event once to each webhook whose owner may read it, signed", async () => {
    teamQuestion = await newQuestion(olga.key, "Will the hooks team's private question stay private?", teamId);
    publicQuestion = await newQuestion(olga.key, "Will a public question reach every webhook?");
    const first = createWebhookDispatcher(handle.db);
    const second = createWebhookDispatcher(handle.db);
    // Two dispatchers at once (two server processes) still send each delivery once.
    await Promise.all([first.runOnce(), second.runOnce()]);
    await first.runOnce();

    const about = (entries: Received[]) =>
      entries.map((entry) => (entry.body.question as { id: string } | null)?.id).sort();
    expect(about(receivedBy("/team"))).toEqual([teamQuestion]);
    expect(about(receivedBy("/olga"))).toEqual([teamQuestion, publicQuestion].sort());
    expect(about(receivedBy("/dan"))).toEqual([publicQuestion]);
    expect(received.some((entry) => entry.headers["x-test-path"] === "/dan" && entry.raw.includes(teamQuestion))).toBe(
      false,
    );

    for (const [name, id] of ids) {
      for (const entry of receivedBy(`/${name}`)) {
        expect(entry.headers["x-workbench-signature"]).toBe(signatureOf(secrets.get(name)!, entry.raw));
        expect(entry.headers["x-workbench-event"]).toBe("question.created");
        const delivery = await handle.db.webhookDelivery.findUniqueOrThrow({
          where: { id: String(entry.headers["x-workbench-delivery"]) },
        });
        expect(delivery).toMatchObject({ webhookId: id, status: "delivered", attempts: 1, lastStatusCode: 200 });
      }
    }
    const slack = receivedBy("/team")[0]!.body;
    expect(slack.text).toContain("Will the hooks team's private question stay private?");
    expect(slack.blocks).toEqual(expect.arrayContaining([expect.objectContaining({ type: "section" })]));
    expect(receivedBy("/olga")[0]!.body).not.toHaveProperty("blocks");

    const perPair = await handle.db.webhookDelivery.groupBy({ by: ["eventId", "webhookId"], _count: true });
    expect(perPair.every((pair) => pair._count === 1)).toBe(true);
    expect(perPair).toHaveLength(4);
  });

  it("retries after a 500, and a restarted dispatcher sends what the last one left", async () => {
    received.length = 0;
    answers.set("/team", [500]);
    const forecast = await call(r.forecasts.POST, "POST", "", {
      key: ben.key,
      body: { probability: 0.373, rationale: "ben-private-rationale" },
      params: { id: teamQuestion },
    });
    expect(forecast.status).toBe(201);
    const now = new Date();
    let dispatcher = createWebhookDispatcher(handle.db);
    await dispatcher.runOnce(now);
    const failed = receivedBy("/team");
    expect(failed).toHaveLength(1);
    expect(failed[0]!.headers["x-workbench-event"]).toBe("forecast.created");
    const deliveryId = String(failed[0]!.headers["x-workbench-delivery"]);
    const pending = await handle.db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(pending).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });
    expect(pending.nextAttemptAt.getTime()).toBe(now.getTime() + RETRY_DELAYS_MS[0]!);

    // The process stops; a new one starts on the same database. Nothing is due before the backoff.
    dispatcher.stop();
    dispatcher = createWebhookDispatcher(handle.db);
    expect((await dispatcher.runOnce(now)).attempted).toBe(0);
    await dispatcher.runOnce(new Date(now.getTime() + RETRY_DELAYS_MS[0]! + 1));
    const attempts = receivedBy("/team");
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.headers["x-workbench-delivery"]).toBe(deliveryId);
    expect(attempts[1]!.headers["x-workbench-signature"]).toBe(signatureOf(secrets.get("team")!, attempts[1]!.raw));
    expect(await handle.db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      status: "delivered",
      attempts: 2,
      lastStatusCode: 200,
    });
    // A forecast is announced without its numbers or reasons (they may be hidden from the channel).
    expect(attempts[1]!.raw).not.toContain("0.373");
    expect(attempts[1]!.raw).not.toContain("ben-private-rationale");
    // Team questions hide forecasts until you forecast: the channel is not told who forecast either.
    expect(attempts[1]!.body).toMatchObject({ forecast: { forecaster: null } });
    expect(attempts[1]!.raw).not.toContain("Ben");
    // Forecasts on team questions are team events: neither personal webhook of a non-member hears them.
    expect(receivedBy("/dan")).toHaveLength(0);
  });

  it("gives up after the last attempt and says so in the log", async () => {
    received.length = 0;
    answers.set(
      "/dan",
      Array.from({ length: MAX_ATTEMPTS }, () => 503),
    );
    const resolved = await call(r.resolution.POST, "POST", "", {
      key: olga.key,
      body: { outcome: "NO", occurredAt: new Date().toISOString(), note: "Settled for the test." },
      params: { id: publicQuestion },
    });
    expect(resolved.status).toBe(201);
    const dispatcher = createWebhookDispatcher(handle.db);
    let at = new Date();
    for (let attempt = 0; attempt < MAX_ATTEMPTS + 1; attempt++) {
      await dispatcher.runOnce(at);
      at = new Date(at.getTime() + (RETRY_DELAYS_MS[attempt] ?? 0) + 1);
    }
    // Both personal webhooks hear of the public resolution: Olga's at once, Dan's never.
    expect(receivedBy("/dan")).toHaveLength(MAX_ATTEMPTS);
    expect(receivedBy("/olga")).toHaveLength(1);
    expect(receivedBy("/team")).toHaveLength(0);
    const log = await call(r.deliveries.GET, "GET", "", { key: dan.key, params: { id: ids.get("dan")! } });
    expect(log.status).toBe(200);
    expect(log.body.items[0]).toMatchObject({
      event: "question.resolved",
      status: "failed",
      attempts: MAX_ATTEMPTS,
      lastStatusCode: 503,
      nextAttemptAt: null,
    });
    expect(receivedBy("/dan")[0]!.body).toMatchObject({ resolution: { outcome: "NO", reResolved: false } });
  });

  it("sends a test ping to one webhook only, and pages the delivery log", async () => {
    received.length = 0;
    const queued = await call(r.test.POST, "POST", "", { key: olga.key, params: { id: ids.get("olga")! } });
    expect(queued.status).toBe(202);
    await createWebhookDispatcher(handle.db).runOnce(later(1000));
    expect(received.map((entry) => [entry.headers["x-test-path"], entry.body.event])).toEqual([["/olga", "ping"]]);
    expect(received[0]!.headers["x-workbench-delivery"]).toBe(queued.body.deliveryId);

    const first = await call(r.deliveries.GET, "GET", "", {
      key: olga.key,
      params: { id: ids.get("olga")! },
    });
    expect(first.body.items[0]).toMatchObject({ id: queued.body.deliveryId, event: "ping", status: "delivered" });
    const total = first.body.items.length;
    expect(total).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=1&cursor=${cursor}` : "?limit=1";
      const page = await call(r.deliveries.GET, "GET", `/api/v1/webhooks/${ids.get("olga")}/deliveries${query}`, {
        key: olga.key,
        params: { id: ids.get("olga")! },
      });
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(first.body.items.map((item: { id: string }) => item.id));
  });

  it("tells a session's team when the facilitator moves it on", async () => {
    received.length = 0;
    const owner = (await viewerForUser(handle.db, olga.id)) as SignedInViewer;
    const session = await createSession(handle.db, owner, {
      teamId,
      title: "Hooks session",
      questionIds: [teamQuestion],
    });
    await advanceSession(handle.db, owner, session.id);
    await createWebhookDispatcher(handle.db).runOnce(later(1000));
    const events = received.map((entry) => [entry.headers["x-test-path"], entry.body.event, entry.body.step]);
    expect(events.sort()).toEqual([
      ["/olga", "session.step_changed", "reveal"],
      ["/team", "session.step_changed", "reveal"],
    ]);
  });

  it("shrugs off a webhook deleted while its delivery is being sent", async () => {
    received.length = 0;
    const vanishing = await addWebhook(olga.key, {
      url: `${receiverUrl}/vanishing`,
      events: ["question.created"],
      format: "json",
    });
    expect(vanishing.status).toBe(201);
    const queued = await call(r.test.POST, "POST", "", { key: olga.key, params: { id: vanishing.body.id } });
    expect(queued.status).toBe(202);
    await expect(createWebhookDispatcher(handle.db).runOnce(later(1000))).resolves.toMatchObject({ attempted: 1 });
    expect(receivedBy("/vanishing")).toHaveLength(1);
    expect(await handle.db.webhookDelivery.count({ where: { id: queued.body.deliveryId } })).toBe(0);
  });

  it("lets only those who manage a webhook see its log, test it or delete it", async () => {
    const team = ids.get("team")!;
    expect((await call(r.deliveries.GET, "GET", "", { key: ben.key, params: { id: team } })).status).toBe(403);
    expect((await call(r.test.POST, "POST", "", { key: dan.key, params: { id: team } })).status).toBe(404);
    expect(
      (await call(r.webhook.DELETE, "DELETE", "", { key: dan.key, params: { id: ids.get("olga")! } })).status,
    ).toBe(404);
    expect((await call(r.webhook.DELETE, "DELETE", "", { key: ben.key, params: { id: team } })).status).toBe(403);
    expect((await call(r.webhook.DELETE, "DELETE", "", { key: olga.key, params: { id: team } })).status).toBe(204);
    expect(await handle.db.webhookDelivery.count({ where: { webhookId: team } })).toBe(0);
  });
});
