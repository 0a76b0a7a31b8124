// Hostile input against every state-changing /api/v1 handler (POST, PATCH, DELETE), through the
// real route handlers on a real seeded SQLite file, with an API key of a real user. fast-check
// generates the requests: bodies of each endpoint's shape carrying hostile values (lone UTF-16
// surrogates, dates outside years 1000–9999, huge and overflowing numbers, wrong types, deep
// nesting, `__proto__`/`constructor` keys, repeated keys, control characters, NUL, very long
// strings), bodies that are not JSON at all, and hostile path parameters. For every request:
//   - the status is below 500;
//   - a refusal (4xx) has the documented shape `{ error: { code, message, issues? } }`;
//   - a refusal wrote nothing (row counts of every written table, and the columns updates change,
//     are unchanged);
//   - a body carrying ill-formed UTF-16 is never accepted.
// Then fixed cases pin each stored text field and each date field to a 400 that names it.
//
// Path parameters: a handler called directly gets its params from the test, not from Next's
// router, which percent-decodes dynamic segments before the handler runs. So the tests pass the
// raw, undecoded strings (e.g. "%E0%A4%A") as params, and simulate the router's decode failure
// as a params promise rejecting with a URIError (what lib/http/api-route.ts maps to a 400). Only
// a real HTTP request through Next's router proves the whole path: that belongs to the e2e suite
// (e2e/api.spec.ts), with the wrapper change that maps malformed percent-encoding to a 400.
//
// Reproduce a failure with FUZZ_SEED=<seed printed with it>; FUZZ_RUNS=<n> runs longer;
// FUZZ_SURVEY=1 runs everything and prints every violation by endpoint and kind instead of
// stopping at the first one.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { THEME_SLUGS } from "@/lib/domain/themes";
import { createUser } from "@/lib/users/create-user";
import { seedDatabase } from "@/lib/seed/load";
import { call } from "../support/api-client";
import { stateChanges, writeState } from "../support/fuzz-db";
import {
  FUZZ_SEED,
  OUT_OF_RANGE_DATES,
  errorShapeProblem,
  fuzzRuns,
  holdsIllFormedText,
  hostileBody,
  hostilityKind,
  paramOf,
  validText,
  type BodyTemplate,
  type FieldSpec,
  type HostileBody,
} from "../support/fuzz-hostile";
import { NOT_JSON, sendHostile, type HostileRequest } from "../support/fuzz-http";
import { createTestDb, type TestDb } from "../support/test-db";

const SURVEY = process.env.FUZZ_SURVEY === "1";

type Person = { id: string; key: string };
let handle: TestDb;
let ada: Person; // administrator, owner of both teams
let mel: Person; // member of the roster team (its PATCH/DELETE target)
let newt: Person; // in no team: accepts invites

const routes = async () => ({
  teams: await import("@/app/api/v1/teams/route"),
  members: await import("@/app/api/v1/teams/[id]/members/[userId]/route"),
  invites: await import("@/app/api/v1/teams/[id]/invites/route"),
  accept: await import("@/app/api/v1/invites/[token]/accept/route"),
  extract: await import("@/app/api/v1/extract/route"),
  imports: await import("@/app/api/v1/imports/route"),
  sessions: await import("@/app/api/v1/sessions/route"),
  session: await import("@/app/api/v1/sessions/[id]/route"),
  sessionAnswers: await import("@/app/api/v1/sessions/[id]/answers/route"),
  sessionAdvance: await import("@/app/api/v1/sessions/[id]/advance/route"),
  sources: await import("@/app/api/v1/sources/route"),
  questions: await import("@/app/api/v1/questions/route"),
  resolution: await import("@/app/api/v1/questions/[id]/resolution/route"),
  forecasts: await import("@/app/api/v1/questions/[id]/forecasts/route"),
  practice: await import("@/app/api/v1/practice/route"),
  practiceAnswers: await import("@/app/api/v1/practice/[runId]/answers/route"),
  webhooks: await import("@/app/api/v1/webhooks/route"),
  webhook: await import("@/app/api/v1/webhooks/[id]/route"),
  webhookTest: await import("@/app/api/v1/webhooks/[id]/test/route"),
  calendar: await import("@/app/api/v1/me/calendar/route"),
  notificationsRead: await import("@/app/api/v1/me/notifications/read/route"),
});
let r: Awaited<ReturnType<typeof routes>>;

// Fixtures the valid parts of generated requests point at.
const ids = {
  team: "",
  rosterTeam: "",
  inviteToken: "",
  binary: "",
  multi: "",
  multiOptions: [] as string[],
  closed: [] as string[],
  session: "",
  advanceSession: "",
  run: "",
  runQuestions: [] as string[],
  runBinary: [] as string[],
  runMulti: [] as { id: string; options: string[] }[],
  practiceable: [] as string[],
  webhook: "",
};

const DAY = 86_400_000;
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString();

async function person(email: string, name: string, role?: "admin"): Promise<Person> {
  const created = await createUser(handle.db, { email, name, ...(role ? { role } : {}) });
  return { id: created.id, key: (await createApiKey(handle.db, created.id, "fuzz")).key };
}

async function ok<T = Record<string, unknown>>(response: Promise<{ status: number; body: unknown }>) {
  const { status, body } = await response;
  expect(status, JSON.stringify(body)).toBeLessThan(300);
  return body as T;
}

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  process.env.DATABASE_URL = handle.config.url;
  // Thousands of writes a minute are the point here; the limiter has its own tests.
  process.env.WRITE_RATE_LIMIT = "0";
  delete (globalThis as { workbenchDb?: unknown }).workbenchDb;
  delete (globalThis as { workbenchAuth?: unknown }).workbenchAuth;
  r = await routes();
  ada = await person("ada@example.org", "Ada", "admin");
  mel = await person("mel@example.org", "Mel");
  newt = await person("newt@example.org", "Newt");

  ids.team = (
    await ok<{ id: string }>(call(r.teams.POST, "POST", "", { key: ada.key, body: { name: "Analysts" } }))
  ).id;
  ids.rosterTeam = (
    await ok<{ id: string }>(call(r.teams.POST, "POST", "", { key: ada.key, body: { name: "Roster" } }))
  ).id;
  const melInvite = await ok<{ token: string }>(
    call(r.invites.POST, "POST", "", { key: ada.key, params: { id: ids.rosterTeam }, body: {} }),
  );
  await ok(call(r.accept.POST, "POST", "", { key: mel.key, params: { token: melInvite.token } }));
  ids.inviteToken = (
    await ok<{ token: string }>(
      call(r.invites.POST, "POST", "", { key: ada.key, params: { id: ids.rosterTeam }, body: { expiresInDays: 90 } }),
    )
  ).token;

  const question = (extra: Record<string, unknown>) =>
    ok<{ id: string; options?: { id: string }[] }>(
      call(r.questions.POST, "POST", "", {
        key: ada.key,
        body: {
          title: "Will the ministry confirm the truce by December?",
          resolutionCriteria: "Resolves YES on the ministry's official announcement of a truce.",
          closeAt: isoIn(200),
          resolveBy: isoIn(300),
          themes: ["truce"],
          ...extra,
        },
      }),
    );
  ids.binary = (await question({ teamId: ids.team })).id;
  const multi = await question({ type: "MULTIPLE_CHOICE", options: ["Alpha", "Beta", "Gamma"] });
  ids.multi = multi.id;
  ids.multiOptions = (
    await handle.db.questionOption.findMany({ where: { questionId: multi.id }, orderBy: { position: "asc" } })
  ).map((option) => option.id);
  for (let i = 0; i < 3; i++) ids.closed.push((await question({})).id);
  // Closed, so the resolution endpoint reaches its write.
  await handle.db.question.updateMany({
    where: { id: { in: ids.closed } },
    data: { closeAt: new Date(Date.now() - DAY), openAt: new Date(Date.now() - 10 * DAY) },
  });

  const session = (title: string) =>
    ok<{ id: string }>(
      call(r.sessions.POST, "POST", "", {
        key: ada.key,
        body: { teamId: ids.team, title, questionIds: [ids.binary, ids.multi] },
      }),
    );
  ids.session = (await session("Fuzzed session")).id;
  ids.advanceSession = (await session("Advanced session")).id;

  const run = await ok<{ runId: string; questions: { id: string; type: string; options: { id: string }[] }[] }>(
    call(r.practice.POST, "POST", "", { key: ada.key, body: {} }),
  );
  ids.run = run.runId;
  ids.runQuestions = run.questions.map((q) => q.id);
  ids.runBinary = run.questions.filter((q) => q.type === "BINARY").map((q) => q.id);
  ids.runMulti = run.questions
    .filter((q) => q.type === "MULTIPLE_CHOICE")
    .map((q) => ({ id: q.id, options: q.options.map((o) => o.id) }));
  ids.practiceable = ids.runQuestions.slice(0, 10);
  // A public IP literal: valid without DNS, and nothing here runs the dispatcher that would send to it.
  ids.webhook = (
    await ok<{ id: string }>(
      call(r.webhooks.POST, "POST", "", {
        key: ada.key,
        body: { url: "https://8.8.8.8/hook", events: ["question.created"], format: "json" },
      }),
    )
  ).id;
}, 120_000);

afterAll(async () => {
  await (globalThis as { workbenchDb?: { $disconnect(): Promise<void> } }).workbenchDb?.$disconnect();
  await handle?.cleanup();
});

// ---------------------------------------------------------------------------------------------
// Valid values of each field: the carriers that hostile values replace one at a time.

const validDate = (fromDays: number, toDays: number) =>
  fc.integer({ min: fromDays, max: toDays }).map((days) => isoIn(days));
const validDay = fc.integer({ min: -5000, max: -1 }).map((days) => isoIn(days).slice(0, 10));
const probability = fc.double({ min: 0.001, max: 0.999, noNaN: true });
/** Probabilities for every option, summing to 1. */
const spread = (options: string[]) =>
  Object.fromEntries(options.map((id, i) => [id, i === 0 ? 1 - (options.length - 1) * 0.1 : 0.1]));
/** A forecast's two shapes: a probability for a yes/no question, one per option for multiple choice. */
const forecastTemplates = (
  binary: string[],
  multi: { id: string; options: string[] }[],
  withQuestionId: boolean,
): BodyTemplate[] => {
  const rationale: FieldSpec = { valid: validText(0, 400), kind: "text" };
  const question = (pool: string[]): BodyTemplate =>
    withQuestionId && pool.length > 0 ? { questionId: { valid: fc.constantFrom(...pool), kind: "id" } } : {};
  const templates: BodyTemplate[] = [];
  if (binary.length > 0 || !withQuestionId) {
    templates.push({ ...question(binary), probability: { valid: probability, kind: "number" }, rationale });
  }
  for (const target of multi.slice(0, 3)) {
    templates.push({
      ...question([target.id]),
      probabilities: { valid: fc.constant(spread(target.options)), kind: "object" },
      rationale,
    });
  }
  return templates;
};

type Endpoint = {
  name: string;
  method: "POST" | "PATCH" | "DELETE";
  handler: () => unknown;
  caller: () => Person;
  /** The body's shape; none when the handler reads no body (hostile bodies are still sent). */
  template?: () => BodyTemplate | BodyTemplate[];
  params?: () => Record<string, fc.Arbitrary<string>>;
  runs: number;
};

const ENDPOINTS: Endpoint[] = [
  {
    name: "POST /webhooks",
    method: "POST",
    handler: () => r.webhooks.POST,
    caller: () => ada,
    template: () => ({
      url: { valid: fc.constantFrom("https://8.8.8.8/hook", "http://1.1.1.1:8080/a?b=c"), kind: "url" },
      events: {
        valid: fc.subarray(["question.created", "question.resolved", "forecast.created", "session.step_changed"], {
          minLength: 1,
        }),
        kind: "list",
      },
      format: { valid: fc.constantFrom("slack", "json"), kind: "enum" },
      teamId: { valid: fc.constant(ids.team), kind: "id" },
    }),
    runs: 60,
  },
  {
    name: "POST /webhooks/{id}/test",
    method: "POST",
    handler: () => r.webhookTest.POST,
    caller: () => ada,
    params: () => ({ id: paramOf(ids.webhook) }),
    runs: 30,
  },
  {
    name: "DELETE /webhooks/{id}",
    method: "DELETE",
    handler: () => r.webhook.DELETE,
    caller: () => ada,
    params: () => ({ id: paramOf(ids.webhook) }),
    runs: 30,
  },
  {
    name: "POST /me/calendar",
    method: "POST",
    handler: () => r.calendar.POST,
    caller: () => mel,
    runs: 20,
  },
  {
    name: "POST /me/notifications/read",
    method: "POST",
    handler: () => r.notificationsRead.POST,
    caller: () => mel,
    template: (): BodyTemplate[] => [
      { ids: { valid: fc.subarray([ids.binary, ids.multi]), kind: "list" } },
      { all: { valid: fc.constant(true), kind: "bool" } },
    ],
    runs: 30,
  },
  {
    name: "DELETE /me/calendar",
    method: "DELETE",
    handler: () => r.calendar.DELETE,
    caller: () => mel,
    runs: 20,
  },
  {
    name: "POST /teams",
    method: "POST",
    handler: () => r.teams.POST,
    caller: () => ada,
    template: () => ({ name: { valid: validText(2, 80), kind: "text" } }),
    runs: 60,
  },
  {
    name: "PATCH /teams/{id}/members/{userId}",
    method: "PATCH",
    handler: () => r.members.PATCH,
    caller: () => ada,
    template: () => ({ role: { valid: fc.constantFrom("OWNER", "FACILITATOR", "MEMBER"), kind: "enum" } }),
    params: () => ({ id: paramOf(ids.rosterTeam), userId: paramOf(mel.id, ada.id) }),
    runs: 60,
  },
  {
    name: "DELETE /teams/{id}/members/{userId}",
    method: "DELETE",
    handler: () => r.members.DELETE,
    caller: () => ada,
    params: () => ({ id: paramOf(ids.rosterTeam), userId: paramOf(mel.id, ada.id) }),
    runs: 40,
  },
  {
    name: "POST /teams/{id}/invites",
    method: "POST",
    handler: () => r.invites.POST,
    caller: () => ada,
    template: () => ({
      email: { valid: fc.constantFrom("someone@example.org", "Someone.Else@Example.org"), kind: "email" },
      role: { valid: fc.constantFrom("FACILITATOR", "MEMBER"), kind: "enum" },
      expiresInDays: { valid: fc.integer({ min: 1, max: 90 }), kind: "number" },
    }),
    params: () => ({ id: paramOf(ids.rosterTeam) }),
    runs: 60,
  },
  {
    name: "POST /invites/{token}/accept",
    method: "POST",
    handler: () => r.accept.POST,
    caller: () => newt,
    params: () => ({ token: paramOf(ids.inviteToken) }),
    runs: 40,
  },
  {
    name: "POST /extract",
    method: "POST",
    handler: () => r.extract.POST,
    caller: () => ada,
    template: () => ({ text: { valid: validText(20, 600), kind: "text" } }),
    runs: 30,
  },
  {
    name: "POST /imports",
    method: "POST",
    handler: () => r.imports.POST,
    caller: () => ada,
    template: () => ({
      format: { valid: fc.constantFrom("fatebook-csv", "csv"), kind: "enum" },
      content: { valid: validText(1, 400), kind: "text" },
      dryRun: { valid: fc.boolean(), kind: "bool" },
    }),
    runs: 40,
  },
  {
    name: "POST /sessions",
    method: "POST",
    handler: () => r.sessions.POST,
    caller: () => ada,
    template: () => ({
      teamId: { valid: fc.constant(ids.team), kind: "id" },
      title: { valid: validText(3, 120), kind: "text" },
      questionIds: { valid: fc.subarray([ids.binary, ids.multi], { minLength: 1 }), kind: "list" },
      anonymousReasons: { valid: fc.boolean(), kind: "bool" },
    }),
    runs: 60,
  },
  {
    name: "PATCH /sessions/{id}",
    method: "PATCH",
    handler: () => r.session.PATCH,
    caller: () => ada,
    template: () => ({ notes: { valid: validText(0, 2000), kind: "text" } }),
    params: () => ({ id: paramOf(ids.session) }),
    runs: 60,
  },
  {
    name: "POST /sessions/{id}/answers",
    method: "POST",
    handler: () => r.sessionAnswers.POST,
    caller: () => ada,
    template: () => forecastTemplates([ids.binary], [{ id: ids.multi, options: ids.multiOptions }], true),
    params: () => ({ id: paramOf(ids.session) }),
    runs: 60,
  },
  {
    name: "POST /sessions/{id}/advance",
    method: "POST",
    handler: () => r.sessionAdvance.POST,
    caller: () => ada,
    params: () => ({ id: paramOf(ids.advanceSession) }),
    runs: 40,
  },
  {
    name: "POST /sources",
    method: "POST",
    handler: () => r.sources.POST,
    caller: () => ada,
    template: () => ({
      title: { valid: validText(1, 300), kind: "text" },
      author: { valid: validText(1, 200), kind: "text" },
      outlet: { valid: validText(1, 200), kind: "text" },
      url: { valid: fc.constantFrom("https://example.org/news/1", "http://example.org/a?b=c"), kind: "url" },
      publishedAt: { valid: validDay, kind: "date" },
      text: { valid: validText(80, 3000), kind: "text" },
    }),
    runs: 60,
  },
  {
    name: "POST /questions",
    method: "POST",
    handler: () => r.questions.POST,
    caller: () => ada,
    template: () => {
      const common: BodyTemplate = {
        title: { valid: validText(10, 300), kind: "text" },
        description: { valid: validText(0, 500), kind: "text" },
        resolutionCriteria: { valid: validText(20, 800), kind: "text" },
        closeAt: { valid: validDate(1, 400), kind: "date" },
        resolveBy: { valid: validDate(400, 800), kind: "date" },
        themes: { valid: fc.subarray([...THEME_SLUGS], { maxLength: 3 }), kind: "list" },
        teamId: { valid: fc.constant(ids.team), kind: "id" },
        hideForecastsUntilForecast: { valid: fc.boolean(), kind: "bool" },
      };
      return [
        { ...common, type: { valid: fc.constant("BINARY"), kind: "enum" } },
        {
          ...common,
          conditionQuestionId: { valid: fc.constant(ids.binary), kind: "id" },
          conditionOutcome: { valid: fc.constantFrom("YES", "NO"), kind: "enum" },
        },
        {
          ...common,
          type: { valid: fc.constant("MULTIPLE_CHOICE"), kind: "enum" },
          options: { valid: fc.constant(["Alpha", "Beta", "Gamma"]), kind: "list" },
        },
      ];
    },
    runs: 80,
  },
  {
    name: "POST /questions/{id}/resolution",
    method: "POST",
    handler: () => r.resolution.POST,
    caller: () => ada,
    template: () => ({
      outcome: { valid: fc.constantFrom("YES", "NO", "AMBIGUOUS", "ANNULLED"), kind: "enum" },
      occurredAt: { valid: validDate(-3000, -1), kind: "date" },
      note: { valid: validText(3, 600), kind: "text" },
      evidenceUrl: { valid: fc.constant("https://example.org/evidence"), kind: "url" },
      reason: { valid: validText(1, 300), kind: "text" },
    }),
    params: () => ({ id: paramOf(...ids.closed) }),
    runs: 60,
  },
  {
    name: "POST /questions/{id}/forecasts",
    method: "POST",
    handler: () => r.forecasts.POST,
    caller: () => ada,
    template: () => forecastTemplates([], [], false),
    params: () => ({ id: paramOf(ids.binary) }),
    runs: 40,
  },
  {
    name: "POST /questions/{id}/forecasts (multiple choice)",
    method: "POST",
    handler: () => r.forecasts.POST,
    caller: () => ada,
    template: () => forecastTemplates([], [{ id: ids.multi, options: ids.multiOptions }], false),
    params: () => ({ id: paramOf(ids.multi) }),
    runs: 60,
  },
  {
    name: "POST /practice",
    method: "POST",
    handler: () => r.practice.POST,
    caller: () => ada,
    template: (): BodyTemplate[] => [
      { theme: { valid: fc.constantFrom(...THEME_SLUGS), kind: "enum" } },
      { questionIds: { valid: fc.subarray(ids.practiceable, { minLength: 1 }), kind: "list" } },
    ],
    runs: 40,
  },
  {
    name: "POST /practice/{runId}/answers",
    method: "POST",
    handler: () => r.practiceAnswers.POST,
    caller: () => ada,
    template: () => forecastTemplates(ids.runBinary, ids.runMulti, true),
    params: () => ({ runId: paramOf(ids.run) }),
    runs: 60,
  },
];

// ---------------------------------------------------------------------------------------------
// The properties.

function requestArbitrary(endpoint: Endpoint): fc.Arbitrary<Omit<HostileRequest, "method">> {
  const body: fc.Arbitrary<HostileBody> = endpoint.template
    ? hostileBody(endpoint.template())
    : fc.oneof({ arbitrary: fc.constant<HostileBody>({ kind: "none" }), weight: 3 }, hostileBody({}));
  const params = endpoint.params ? fc.record(endpoint.params()) : fc.constant({});
  return fc.record({
    body,
    params,
    // One request in sixteen: the router could not decode the path.
    paramsDecodeFails: endpoint.params ? fc.nat(15).map((n) => n === 0) : fc.constant(false),
  });
}

type Violation = { endpoint: string; kind: string; problem: string; request: string };
const survey: Violation[] = [];

function describeRequest(request: Omit<HostileRequest, "method">, sentText: string) {
  const text = sentText.length > 300 ? `${sentText.slice(0, 300)}… (${sentText.length} chars)` : sentText;
  const params = JSON.stringify(request.params, (_, v) =>
    typeof v === "string" && v.length > 80 ? `${v.slice(0, 80)}… (${v.length} chars)` : v,
  );
  return `params ${params}${request.paramsDecodeFails ? " (decode fails)" : ""}, body ${JSON.stringify(text)}`;
}

/** Sends one request and returns what is wrong with how it was handled (nothing, ideally). */
async function violations(endpoint: Endpoint, request: Omit<HostileRequest, "method">): Promise<string[]> {
  const before = await writeState(handle.db);
  const response = await sendHostile(endpoint.handler(), endpoint.caller().key, {
    method: endpoint.method,
    ...request,
  });
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`answered ${response.status}: ${response.text.slice(0, 200)}`);
  if (response.status >= 400) {
    const shape = response.json === NOT_JSON ? "the body is not JSON" : errorShapeProblem(response.json);
    if (shape) problems.push(`error shape: ${shape}`);
    const changes = stateChanges(before, await writeState(handle.db));
    if (changes.length > 0) problems.push(`wrote on a ${response.status}: ${changes.join(", ")}`);
  } else if (endpoint.template && request.body.kind === "json") {
    let sent: unknown = null;
    try {
      sent = JSON.parse(response.sentText);
    } catch {
      sent = null;
    }
    if (holdsIllFormedText(sent)) problems.push(`accepted ill-formed UTF-16 with ${response.status}`);
  }
  if (problems.length > 0) {
    const kind = hostilityKind({ text: response.sentText, params: request.params });
    for (const problem of problems) {
      survey.push({ endpoint: endpoint.name, kind, problem, request: describeRequest(request, response.sentText) });
    }
    return problems.map((problem) => `${problem}\n  [${kind}] ${describeRequest(request, response.sentText)}`);
  }
  return [];
}

describe("every POST/PATCH/DELETE under /api/v1 survives hostile input", () => {
  it("covers every exported write handler", async () => {
    const { readFileSync } = await import("node:fs");
    const { execFileSync } = await import("node:child_process");
    const files = execFileSync("grep", ["-rlE", "export const (POST|PATCH|DELETE)", "app/api/v1"], { encoding: "utf8" })
      .trim()
      .split("\n");
    const exported = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/export const (POST|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${file}`),
    );
    const covered = new Set(ENDPOINTS.map((endpoint) => endpoint.handler()));
    expect(covered.size).toBe(exported.length);
  });

  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.name}: never 500, refusals in the error shape, nothing written`, async () => {
      const runs = fuzzRuns(endpoint.runs);
      try {
        await fc.assert(
          fc.asyncProperty(requestArbitrary(endpoint), async (request) => {
            const problems = await violations(endpoint, request);
            if (!SURVEY && problems.length > 0) throw new Error(problems.join("\n"));
          }),
          { seed: FUZZ_SEED, numRuns: runs, endOnFailure: true },
        );
      } catch (error) {
        throw new Error(`${endpoint.name} (FUZZ_SEED=${FUZZ_SEED}, ${runs} runs):\n${(error as Error).message}`);
      }
    }, 120_000);
  }

  it("a path segment the router could not decode is a 400 in the error shape, for every endpoint with params", async () => {
    for (const endpoint of ENDPOINTS.filter((e) => e.params)) {
      const problems = await violations(endpoint, {
        body: { kind: "json", value: {} },
        params: {},
        paramsDecodeFails: true,
      });
      expect(problems, endpoint.name).toEqual([]);
    }
  });

  afterAll(() => {
    if (!SURVEY) return;
    const byKey = new Map<string, number>();
    for (const v of survey) {
      const key = `${v.kind} | ${v.problem.split(":")[0]} | ${v.endpoint}`;
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
    }
    const byKind = new Map<string, number>();
    for (const v of survey) byKind.set(v.kind, (byKind.get(v.kind) ?? 0) + 1);
    console.log(
      `FUZZ SURVEY (seed ${FUZZ_SEED}): ${survey.length} violations\n` +
        [...byKind].map(([k, n]) => `  ${n}\t${k}`).join("\n") +
        "\n" +
        [...byKey].map(([k, n]) => `  ${n}\t${k}`).join("\n") +
        "\nexamples:\n" +
        [...new Map(survey.map((v) => [`${v.kind}|${v.endpoint}`, v])).values()]
          .map((v) => `  ${v.endpoint} [${v.kind}] ${v.problem.slice(0, 160)}\n    ${v.request.slice(0, 300)}`)
          .join("\n"),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Fixed cases: every stored text field and every date field, one at a time.

type FieldCase = {
  endpoint: string;
  handler: () => unknown;
  params?: () => Record<string, string>;
  body: () => Record<string, unknown>;
  field: string;
};

const LONE = "Will the truce hold \uD800 through the whole of next year, as announced?";

const sourceBody = () => ({
  title: "Ministry expects the truce to hold",
  author: "A. Reporter",
  outlet: "The Daily Example",
  url: "https://example.org/news/truce",
  publishedAt: "2024-05-01",
  text: "The ministry said on Monday that the truce is likely to hold through the winter, officials said.",
});
const questionBody = () => ({
  title: "Will the truce hold through next winter?",
  description: "Background on the truce.",
  resolutionCriteria: "Resolves YES if no party announces the end of the truce before the date.",
  closeAt: isoIn(100),
  resolveBy: isoIn(200),
  themes: ["truce"],
});
const resolutionBody = () => ({
  outcome: "NO",
  occurredAt: isoIn(-1),
  note: "It did not happen.",
  evidenceUrl: "https://example.org/evidence",
  reason: "The first resolution was wrong.",
});

const TEXT_FIELDS: FieldCase[] = [
  { endpoint: "POST /teams", handler: () => r.teams.POST, body: () => ({ name: "Valid team" }), field: "name" },
  {
    endpoint: "POST /sessions",
    handler: () => r.sessions.POST,
    body: () => ({ teamId: ids.team, title: "A valid session", questionIds: [ids.binary] }),
    field: "title",
  },
  {
    endpoint: "PATCH /sessions/{id}",
    handler: () => r.session.PATCH,
    params: () => ({ id: ids.session }),
    body: () => ({ notes: "Notes." }),
    field: "notes",
  },
  {
    endpoint: "POST /sessions/{id}/answers",
    handler: () => r.sessionAnswers.POST,
    params: () => ({ id: ids.session }),
    body: () => ({ questionId: ids.binary, probability: 0.4, rationale: "Base rates." }),
    field: "rationale",
  },
  ...(["title", "author", "outlet", "text", "url"] as const).map((field): FieldCase => ({
    endpoint: "POST /sources",
    handler: () => r.sources.POST,
    body: sourceBody,
    field,
  })),
  ...(["title", "description", "resolutionCriteria"] as const).map((field): FieldCase => ({
    endpoint: "POST /questions",
    handler: () => r.questions.POST,
    body: questionBody,
    field,
  })),
  {
    endpoint: "POST /questions",
    handler: () => r.questions.POST,
    body: () => ({ ...questionBody(), type: "MULTIPLE_CHOICE", options: ["Alpha", "Beta", "Gamma"] }),
    field: "options.1",
  },
  ...(["outcome", "note", "reason", "evidenceUrl"] as const).map((field): FieldCase => ({
    endpoint: "POST /questions/{id}/resolution",
    handler: () => r.resolution.POST,
    params: () => ({ id: ids.closed[2]! }),
    body: resolutionBody,
    field,
  })),
  {
    endpoint: "POST /questions/{id}/forecasts",
    handler: () => r.forecasts.POST,
    params: () => ({ id: ids.binary }),
    body: () => ({ probability: 0.4, rationale: "Base rates." }),
    field: "rationale",
  },
  {
    endpoint: "POST /practice/{runId}/answers",
    handler: () => r.practiceAnswers.POST,
    params: () => ({ runId: ids.run }),
    body: () => ({ questionId: ids.runBinary[0], probability: 0.4, rationale: "A hunch." }),
    field: "rationale",
  },
  { endpoint: "POST /extract", handler: () => r.extract.POST, body: () => ({ text: "x" }), field: "text" },
  {
    endpoint: "POST /imports",
    handler: () => r.imports.POST,
    body: () => ({ format: "csv", content: "question,forecast\nWill it?,0.5\n", dryRun: true }),
    field: "content",
  },
];

const DATE_FIELDS: FieldCase[] = [
  { endpoint: "POST /sources", handler: () => r.sources.POST, body: sourceBody, field: "publishedAt" },
  { endpoint: "POST /questions", handler: () => r.questions.POST, body: questionBody, field: "closeAt" },
  { endpoint: "POST /questions", handler: () => r.questions.POST, body: questionBody, field: "resolveBy" },
  {
    endpoint: "POST /questions/{id}/resolution",
    handler: () => r.resolution.POST,
    params: () => ({ id: ids.closed[2]! }),
    body: resolutionBody,
    field: "occurredAt",
  },
];

/** The body with `path` ("options.1") set to `value`. */
function withField(body: Record<string, unknown>, path: string, value: unknown) {
  const copy = structuredClone(body);
  const keys = path.split(".");
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return copy;
}

async function expectRefusal(c: FieldCase, value: unknown, message: RegExp) {
  const before = await writeState(handle.db);
  const response = await sendHostile(c.handler(), ada.key, {
    method: c.endpoint.split(" ")[0]!,
    params: c.params?.() ?? {},
    body: { kind: "json", value: withField(c.body(), c.field, value) },
  });
  const label = `${c.endpoint} ${c.field}=${JSON.stringify(value)}: ${response.text.slice(0, 300)}`;
  expect(response.status, label).toBe(400);
  expect(errorShapeProblem(response.json), label).toBeNull();
  const issues = (response.json as { error: { issues?: { path: string; message: string }[] } }).error.issues ?? [];
  expect(
    issues.some((issue) => issue.path === c.field && message.test(issue.message)),
    label,
  ).toBe(true);
  expect(stateChanges(before, await writeState(handle.db)), label).toEqual([]);
}

describe("stored text fields refuse ill-formed UTF-16 with a 400 naming the field", () => {
  for (const c of TEXT_FIELDS) {
    it(`${c.endpoint} ${c.field}`, async () => {
      const value = c.field === "url" || c.field === "evidenceUrl" ? "https://example.org/\uD800" : LONE;
      await expectRefusal(c, value, /must be valid Unicode text/);
      // A lone low surrogate, and a reversed pair, too.
      await expectRefusal(c, value.replace("\uD800", "\uDC00"), /must be valid Unicode text/);
      await expectRefusal(c, value.replace("\uD800", "\uDE00\uD83D"), /must be valid Unicode text/);
    });
  }

  it("a well-formed astral character (a surrogate pair) is still accepted", async () => {
    const response = await call(r.teams.POST, "POST", "", { key: ada.key, body: { name: "Team 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢" } });
    expect(response.status).toBe(201);
    expect(response.body.name).toBe("Team 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢");
  });

  it("an invite email with a lone surrogate is a 400 naming email", async () => {
    const before = await writeState(handle.db);
    const response = await call(r.invites.POST, "POST", "", {
      key: ada.key,
      params: { id: ids.rosterTeam },
      body: { email: "someone\uD800@example.org" },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.issues.map((issue: { path: string }) => issue.path)).toContain("email");
    expect(stateChanges(before, await writeState(handle.db))).toEqual([]);
  });
});

describe("date fields take years 1000–9999 only, with a 400 naming the field", () => {
  for (const c of DATE_FIELDS) {
    it(`${c.endpoint} ${c.field}`, async () => {
      for (const date of OUT_OF_RANGE_DATES) {
        await expectRefusal(c, date, new RegExp(`${c.field} must be between the years 1000 and 9999`));
      }
      // Not dates at all: refused as such, not read as 1970 or guessed at.
      for (const value of [null, true, 0, -62_198_755_200_000, "1", "March 3", "not a date", [2020]]) {
        await expectRefusal(c, value, new RegExp(`${c.field} must be`));
      }
      // Left empty: refused as missing, in the words a form shows for an empty field.
      await expectRefusal(c, "", new RegExp(`${c.field} is required`));
    });
  }

  it("the ends of the range are accepted", async () => {
    const ok1000 = await call(r.sources.POST, "POST", "", {
      key: ada.key,
      body: { ...sourceBody(), text: `${sourceBody().text} First.`, publishedAt: "1000-01-01" },
    });
    expect(ok1000.status, JSON.stringify(ok1000.body)).toBe(201);
    expect(ok1000.body.source.publishedAt).toBe("1000-01-01T00:00:00.000Z");
    const ok9999 = await call(r.questions.POST, "POST", "", {
      key: ada.key,
      body: { ...questionBody(), resolveBy: "9999-12-31T23:59:59.999Z" },
    });
    expect(ok9999.status, JSON.stringify(ok9999.body)).toBe(201);
  });
});
