// Hostile input against the use cases behind every server action (app/**/actions.ts), called the
// way each action calls them, on a real seeded SQLite file. A server action's arguments come from
// the client: React serializes more than JSON does (NaN, ±Infinity, undefined, BigInt, Dates,
// Maps, Sets), and an argument typed `string` can be anything. For every call:
//   - it returns or throws an AppError (signedInAction turns those into a form's error); anything
//     else is an "internal" failure, the action's equivalent of a 500;
//   - when it throws, nothing was written (row counts and updated columns unchanged);
//   - input carrying ill-formed UTF-16 is never accepted.
//
// FUZZ_SEED, FUZZ_RUNS and FUZZ_SURVEY work as in hostile-input-api.test.ts.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKeyInput, revokeApiKeyInput } from "@/app/settings/schemas";
import { actorOf } from "@/lib/audit/record";
import { createApiKey, revokeApiKey } from "@/lib/auth/api-keys";
import { signInInput, signUpInput } from "@/lib/auth/schemas";
import { viewerForUser } from "@/lib/auth/viewer";
import type { SignedInViewer } from "@/lib/domain/viewer";
import { THEME_SLUGS } from "@/lib/domain/themes";
import { AppError } from "@/lib/errors";
import { recordForecast } from "@/lib/forecasts/record";
import { answerPractice } from "@/lib/practice/answer";
import { startPractice } from "@/lib/practice/start";
import { createQuestion } from "@/lib/questions/create";
import { resolveQuestion } from "@/lib/questions/resolve";
import { advanceSession, answerInSession, createSession, updateSessionNotes } from "@/lib/sessions/sessions";
import { createSource } from "@/lib/sources/create";
import { acceptInvite, createInvite, previewInvite, revokeInvite } from "@/lib/teams/invites";
import { changeMemberRole, createTeam, removeMember } from "@/lib/teams/teams";
import { createUser } from "@/lib/users/create-user";
import { createComment, deleteComment, editComment } from "@/lib/comments/write";
import { updateNotificationSettings } from "@/lib/notifications/settings";
import { parseInput } from "@/lib/validation/parse";
import { seedDatabase } from "@/lib/seed/load";
import { stateChanges, writeState } from "../support/fuzz-db";
import {
  FUZZ_SEED,
  OUT_OF_RANGE_DATES,
  fuzzRuns,
  holdsIllFormedText,
  hostileAny,
  hostileString,
  hostilityKind,
  LONE_SURROGATES,
  shapedBody,
  toPlainValue,
  validText,
  type BodyTemplate,
  type FieldSpec,
} from "../support/fuzz-hostile";
import { createTestDb, type TestDb } from "../support/test-db";

const SURVEY = process.env.FUZZ_SURVEY === "1";

let handle: TestDb;
const people = { ada: "", mel: "", newt: "" };
const ids = {
  team: "",
  invite: "",
  binary: "",
  multi: "",
  multiOptions: [] as string[],
  closed: [] as string[],
  session: "",
  advanceSession: "",
  run: "",
  runBinary: [] as string[],
  apiKey: "",
  comment: "",
  editedComment: "",
  deletedComment: "",
};
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);
const viewer = async (userId: string) => (await viewerForUser(handle.db, userId)) as SignedInViewer;

beforeAll(async () => {
  handle = createTestDb();
  await seedDatabase(handle.db, "if-empty");
  const db = handle.db;
  people.ada = (await createUser(db, { email: "ada@example.org", name: "Ada", role: "admin" })).id;
  people.mel = (await createUser(db, { email: "mel@example.org", name: "Mel" })).id;
  people.newt = (await createUser(db, { email: "newt@example.org", name: "Newt" })).id;
  const ada = () => viewer(people.ada);
  ids.team = (await createTeam(db, await ada(), { name: "Analysts" })).id;
  const invite = await createInvite(db, await ada(), ids.team, {}, "http://test");
  ids.invite = invite.id;
  await acceptInvite(db, await viewer(people.mel), invite.token);
  const base = {
    title: "Will the ministry confirm the truce by December?",
    resolutionCriteria: "Resolves YES on the ministry's official announcement of a truce.",
    closeAt: inDays(200).toISOString(),
    resolveBy: inDays(300).toISOString(),
  };
  ids.binary = (await createQuestion(db, await ada(), { ...base, teamId: ids.team })).id;
  const multi = await createQuestion(db, await ada(), {
    ...base,
    type: "MULTIPLE_CHOICE",
    options: ["Alpha", "Beta", "Gamma"],
  });
  ids.multi = multi.id;
  ids.multiOptions = multi.options.map((option) => option.id);
  for (let i = 0; i < 3; i++) ids.closed.push((await createQuestion(db, await ada(), base)).id);
  await db.question.updateMany({
    where: { id: { in: ids.closed } },
    data: { closeAt: inDays(-1), openAt: inDays(-10) },
  });
  const session = (title: string) =>
    ada().then((v) => createSession(db, v, { teamId: ids.team, title, questionIds: [ids.binary, ids.multi] }));
  ids.session = (await session("Fuzzed session")).id;
  ids.advanceSession = (await session("Advanced session")).id;
  const { run, questions } = await startPractice(db, await ada(), {});
  ids.run = run.id;
  ids.runBinary = questions.filter((q) => q.type === "BINARY").map((q) => q.id);
  ids.apiKey = (await createApiKey(db, people.ada, "fuzz")).id;
  const comment = async (body: string) => (await createComment(db, await ada(), ids.multi, { body }, new Date())).id;
  ids.comment = await comment("A comment to reply to.");
  ids.editedComment = await comment("A comment to edit.");
  ids.deletedComment = await comment("A comment to delete.");
}, 120_000);

afterAll(async () => {
  await handle?.cleanup();
});

// ---------------------------------------------------------------------------------------------
// What a server action can receive beyond JSON.

const actionOnly: fc.Arbitrary<unknown> = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  undefined,
  10n,
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date("0000-01-01T00:00:00Z"),
  new Date("+010000-01-01T00:00:00Z"),
  new Map([["name", "x"]]),
  new Set(["x"]),
  Object.create(null) as object,
  // A sparse array (a hole, not undefined).
  Object.assign(new Array<unknown>(2), { 1: 1 }),
);

/** A value as a service receives it: a hostile JSON-like value or one only an action can send. */
const anyArgument = fc.oneof({ arbitrary: hostileAny.map(toPlainValue), weight: 3 }, actionOnly);

/** An input object: the use case's shape with hostile values, or anything at all. */
const inputOf = (template: BodyTemplate | BodyTemplate[]) =>
  fc.oneof({ arbitrary: shapedBody(template).map(toPlainValue), weight: 6 }, anyArgument, {
    arbitrary: shapedBody(template).chain((body) =>
      actionOnly.map((odd) => {
        // One field replaced by a value JSON cannot carry.
        const plain = toPlainValue(body) as Record<string, unknown>;
        const keys = Object.keys(plain);
        if (keys.length > 0) plain[keys[0]!] = odd;
        return plain;
      }),
    ),
    weight: 2,
  });

/**
 * A string argument (an id, a role, notes): usually a real value, else a hostile string that is
 * well-formed. Ids with lone surrogates, and non-string ids, are tested on their own below.
 */
const wellFormedHostile = hostileString.filter((value) => !holdsIllFormedText(value));
const stringArg = (...valid: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 3 }, { arbitrary: wellFormedHostile, weight: 2 });

const probability = fc.double({ min: 0.001, max: 0.999, noNaN: true });
const rationale: FieldSpec = { valid: validText(0, 300), kind: "text" };
const binaryForecast = (): BodyTemplate => ({ probability: { valid: probability, kind: "number" }, rationale });
const multiForecast = (): BodyTemplate => ({
  probabilities: {
    valid: fc.constant({ [ids.multiOptions[0]!]: 0.5, [ids.multiOptions[1]!]: 0.3, [ids.multiOptions[2]!]: 0.2 }),
    kind: "object",
  },
  rationale,
});
const dateIn = (from: number, to: number) => fc.integer({ min: from, max: to }).map((d) => inDays(d).toISOString());

type Call = { label: string; input: unknown; run: () => Promise<unknown> };
type UseCase = { name: string; calls: () => fc.Arbitrary<Call>; runs: number };

const db = () => handle.db;
const as = (who: keyof typeof people) => viewer(people[who]);

const USE_CASES: UseCase[] = [
  {
    name: "createTeamAction → createTeam",
    runs: 40,
    calls: () =>
      inputOf({ name: { valid: validText(2, 80), kind: "text" } }).map((input) => ({
        label: "createTeam",
        input,
        run: async () => createTeam(db(), await as("ada"), input),
      })),
  },
  {
    name: "createInviteAction → createInvite",
    runs: 40,
    calls: () =>
      fc
        .tuple(
          stringArg(ids.team),
          inputOf({
            email: { valid: fc.constant("someone@example.org"), kind: "email" },
            role: { valid: fc.constantFrom("FACILITATOR", "MEMBER"), kind: "enum" },
            expiresInDays: { valid: fc.integer({ min: 1, max: 90 }), kind: "number" },
          }),
        )
        .map(([teamId, input]) => ({
          label: `createInvite(${teamId})`,
          input,
          run: async () => createInvite(db(), await as("ada"), teamId, input, "http://test"),
        })),
  },
  {
    name: "revokeInviteAction → revokeInvite",
    runs: 25,
    calls: () =>
      fc.tuple(stringArg(ids.team), stringArg(ids.invite)).map(([teamId, inviteId]) => ({
        label: `revokeInvite(${teamId}, ${inviteId})`,
        input: [teamId, inviteId],
        run: async () => revokeInvite(db(), await as("ada"), teamId, inviteId),
      })),
  },
  {
    name: "changeRoleAction → changeMemberRole",
    runs: 30,
    calls: () =>
      fc
        .tuple(stringArg(ids.team), stringArg(people.mel), stringArg("OWNER", "FACILITATOR", "MEMBER"))
        .map(([teamId, userId, role]) => ({
          label: `changeMemberRole(${teamId}, ${userId}, ${role})`,
          input: role,
          run: async () => changeMemberRole(db(), await as("ada"), teamId, userId, { role }),
        })),
  },
  {
    name: "removeMemberAction → removeMember",
    runs: 25,
    calls: () =>
      fc.tuple(stringArg(ids.team), stringArg(people.mel, people.ada)).map(([teamId, userId]) => ({
        label: `removeMember(${teamId}, ${userId})`,
        input: [teamId, userId],
        run: async () => removeMember(db(), await as("ada"), teamId, userId),
      })),
  },
  {
    name: "createSessionAction → createSession",
    runs: 40,
    calls: () =>
      inputOf({
        teamId: { valid: fc.constant(ids.team), kind: "id" },
        title: { valid: validText(3, 120), kind: "text" },
        questionIds: { valid: fc.constant([ids.binary]), kind: "list" },
        anonymousReasons: { valid: fc.boolean(), kind: "bool" },
      }).map((input) => ({
        label: "createSession",
        input,
        run: async () => createSession(db(), await as("ada"), input),
      })),
  },
  {
    name: "answerInSessionAction → answerInSession",
    runs: 40,
    calls: () =>
      fc
        .tuple(stringArg(ids.session), stringArg(ids.binary, ids.multi), inputOf([binaryForecast(), multiForecast()]))
        .map(([sessionId, questionId, input]) => ({
          label: `answerInSession(${sessionId}, ${questionId})`,
          input,
          // As the action does: the question id joins whatever object the client sent.
          run: async () => answerInSession(db(), await as("ada"), sessionId, { ...(input as object), questionId }),
        })),
  },
  {
    name: "advanceSessionAction → advanceSession",
    runs: 20,
    calls: () =>
      stringArg(ids.advanceSession).map((sessionId) => ({
        label: `advanceSession(${sessionId})`,
        input: sessionId,
        run: async () => advanceSession(db(), await as("ada"), sessionId),
      })),
  },
  {
    name: "saveNotesAction → updateSessionNotes",
    runs: 30,
    calls: () =>
      fc
        .tuple(stringArg(ids.session), fc.oneof(validText(0, 500), hostileString, anyArgument))
        .map(([sessionId, notes]) => ({
          label: `updateSessionNotes(${sessionId})`,
          input: notes,
          run: async () => updateSessionNotes(db(), await as("ada"), sessionId, { notes }),
        })),
  },
  {
    name: "submitSource → createSource",
    runs: 40,
    calls: () =>
      inputOf({
        title: { valid: validText(1, 300), kind: "text" },
        author: { valid: validText(1, 200), kind: "text" },
        outlet: { valid: validText(1, 200), kind: "text" },
        url: { valid: fc.constant("https://example.org/news/1"), kind: "url" },
        publishedAt: { valid: dateIn(-4000, -1).map((iso) => iso.slice(0, 10)), kind: "date" },
        text: { valid: validText(80, 2000), kind: "text" },
      }).map((input) => ({
        label: "createSource",
        input,
        run: async () => createSource(db(), await as("ada"), input),
      })),
  },
  {
    name: "submitQuestion → createQuestion",
    runs: 50,
    calls: () => {
      const common: BodyTemplate = {
        title: { valid: validText(10, 300), kind: "text" },
        description: { valid: validText(0, 300), kind: "text" },
        resolutionCriteria: { valid: validText(20, 600), kind: "text" },
        closeAt: { valid: dateIn(1, 400), kind: "date" },
        resolveBy: { valid: dateIn(400, 800), kind: "date" },
        themes: { valid: fc.subarray([...THEME_SLUGS], { maxLength: 2 }), kind: "list" },
      };
      return inputOf([
        common,
        {
          ...common,
          type: { valid: fc.constant("MULTIPLE_CHOICE"), kind: "enum" },
          options: { valid: fc.constant(["Alpha", "Beta"]), kind: "list" },
        },
      ]).map((input) => ({
        label: "createQuestion",
        input,
        run: async () => createQuestion(db(), await as("ada"), input),
      }));
    },
  },
  {
    name: "submitForecast → recordForecast",
    runs: 40,
    calls: () =>
      fc
        .oneof(
          fc.tuple(stringArg(ids.binary), inputOf(binaryForecast())),
          fc.tuple(stringArg(ids.multi), inputOf(multiForecast())),
        )
        .map(([questionId, input]) => ({
          label: `recordForecast(${questionId})`,
          input,
          run: async () => recordForecast(db(), await as("ada"), questionId, input),
        })),
  },
  {
    name: "submitResolution → resolveQuestion",
    runs: 40,
    calls: () =>
      fc
        .tuple(
          stringArg(...ids.closed),
          inputOf({
            outcome: { valid: fc.constantFrom("YES", "NO", "AMBIGUOUS", "ANNULLED"), kind: "enum" },
            occurredAt: { valid: dateIn(-3000, -1), kind: "date" },
            note: { valid: validText(3, 300), kind: "text" },
            evidenceUrl: { valid: fc.constant("https://example.org/evidence"), kind: "url" },
            reason: { valid: validText(1, 200), kind: "text" },
          }),
        )
        .map(([questionId, input]) => ({
          label: `resolveQuestion(${questionId})`,
          input,
          run: async () => resolveQuestion(db(), await as("ada"), questionId, input),
        })),
  },
  {
    name: "startPracticeRun → startPractice",
    runs: 25,
    calls: () =>
      // The form's "set" field, as the action maps it.
      fc.oneof(stringArg("2017", ...THEME_SLUGS), anyArgument).map((set) => ({
        label: `startPractice(set=${show(set)})`,
        input: set,
        run: async () => startPractice(db(), await as("ada"), set === "2017" ? {} : { theme: set }),
      })),
  },
  {
    name: "submitPracticeAnswer → answerPractice",
    runs: 40,
    calls: () =>
      fc
        .tuple(stringArg(ids.run), stringArg(...ids.runBinary), inputOf(binaryForecast()))
        .map(([runId, questionId, input]) => ({
          label: `answerPractice(${runId}, ${questionId})`,
          input,
          run: async () => {
            const body = typeof input === "object" && input !== null ? { ...input, questionId } : input;
            return answerPractice(db(), await as("ada"), runId, body);
          },
        })),
  },
  {
    name: "postComment → createComment",
    runs: 40,
    calls: () =>
      fc
        .tuple(
          stringArg(ids.multi),
          fc.oneof(
            inputOf({ body: { valid: validText(1, 600), kind: "text" } }),
            inputOf({
              body: { valid: validText(1, 300), kind: "text" },
              parentId: { valid: fc.constant(ids.comment), kind: "id" },
            }),
          ),
        )
        .map(([questionId, input]) => ({
          label: `createComment(${show(questionId)})`,
          input,
          run: async () => createComment(db(), await as("mel"), questionId, input, new Date()),
        })),
  },
  {
    name: "saveCommentEdit → editComment",
    runs: 30,
    calls: () =>
      fc
        .tuple(stringArg(ids.editedComment), inputOf({ body: { valid: validText(1, 600), kind: "text" } }))
        .map(([commentId, input]) => ({
          label: `editComment(${show(commentId)})`,
          input,
          run: async () => editComment(db(), await as("ada"), commentId, input, new Date()),
        })),
  },
  {
    name: "removeComment → deleteComment",
    runs: 20,
    calls: () =>
      fc.oneof(stringArg(ids.deletedComment), anyArgument).map((commentId) => ({
        label: `deleteComment(${show(commentId)})`,
        input: commentId,
        run: async () => deleteComment(db(), await as("ada"), commentId as string, new Date()),
      })),
  },
  {
    name: "saveNotificationSettings → updateNotificationSettings",
    runs: 30,
    calls: () =>
      inputOf({
        mutedKinds: { valid: fc.subarray(["comment.replied", "forecasts.stale_digest"]), kind: "list" },
        staleAfterDays: { valid: fc.integer({ min: 7, max: 365 }), kind: "number" },
      }).map((input) => ({
        label: "updateNotificationSettings",
        input,
        run: async () => updateNotificationSettings(db(), await as("mel"), input),
      })),
  },
  {
    name: "createKey → createApiKeyInput + createApiKey",
    runs: 30,
    calls: () =>
      inputOf({ name: { valid: validText(1, 100), kind: "text" } }).map((input) => ({
        label: "createApiKey",
        input,
        run: async () => {
          const who = await as("newt");
          const { name } = parseInput(createApiKeyInput, input);
          return createApiKey(db(), who.userId, name, actorOf(who));
        },
      })),
  },
  {
    name: "revokeKey → revokeApiKeyInput + revokeApiKey",
    runs: 25,
    calls: () =>
      fc.oneof(stringArg(ids.apiKey), anyArgument).map((keyId) => ({
        label: `revokeApiKey(${show(keyId)})`,
        input: keyId,
        run: async () => {
          const who = await as("ada");
          const input = parseInput(revokeApiKeyInput, { keyId });
          return revokeApiKey(db(), who.userId, input.keyId, actorOf(who));
        },
      })),
  },
];

// ---------------------------------------------------------------------------------------------

type Violation = { useCase: string; kind: string; problem: string };
const survey: Violation[] = [];

function show(value: unknown): string {
  try {
    const text =
      JSON.stringify(value, (_, item: unknown) =>
        typeof item === "bigint" ? `${item}n` : item instanceof Map || item instanceof Set ? [...item] : item,
      ) ?? Object.prototype.toString.call(value);
    return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

async function violations(useCase: UseCase, call: Call): Promise<string[]> {
  const before = await writeState(handle.db);
  const problems: string[] = [];
  try {
    await call.run();
    if (holdsIllFormedText(call.input)) problems.push("accepted ill-formed UTF-16");
  } catch (error) {
    if (!(error instanceof AppError)) {
      problems.push(
        `threw ${(error as Error)?.constructor?.name ?? typeof error}, not an AppError: ${String((error as Error)?.message ?? error).slice(0, 200)}`,
      );
    }
    const changes = stateChanges(before, await writeState(handle.db));
    if (changes.length > 0) problems.push(`wrote before failing: ${changes.join(", ")}`);
  }
  if (problems.length === 0) return [];
  const text = show(call.input);
  const kind = hostilityKind({ text, params: {} });
  for (const problem of problems) survey.push({ useCase: useCase.name, kind, problem: problem.split(":")[0]! });
  return problems.map((problem) => `${problem}\n  [${kind}] ${call.label} input ${text}`);
}

describe("the use cases behind server actions survive hostile input", () => {
  for (const useCase of USE_CASES) {
    it(`${useCase.name}: AppError or success, never a partial write`, async () => {
      const runs = fuzzRuns(useCase.runs);
      try {
        await fc.assert(
          fc.asyncProperty(useCase.calls(), async (call) => {
            const problems = await violations(useCase, call);
            if (!SURVEY && problems.length > 0) throw new Error(problems.join("\n"));
          }),
          { seed: FUZZ_SEED, numRuns: runs, endOnFailure: true },
        );
      } catch (error) {
        throw new Error(`${useCase.name} (FUZZ_SEED=${FUZZ_SEED}, ${runs} runs):\n${(error as Error).message}`);
      }
    }, 120_000);
  }

  it("sign-up and sign-in refuse ill-formed text before better-auth sees it, naming the field", () => {
    for (const bad of LONE_SURROGATES) {
      const signUp = signUpInput.safeParse({
        name: `Ada ${bad}`,
        email: "ada2@example.org",
        password: `pass${bad}word-long-enough`,
      });
      expect(signUp.success).toBe(false);
      const paths = signUp.error!.issues.map((issue) => issue.path.join("."));
      expect(paths).toEqual(["name", "password"]);
      expect(signUp.error!.issues.every((issue) => /must be valid Unicode text/.test(issue.message))).toBe(true);
      const signIn = signInInput.safeParse({ email: "ada@example.org", password: `pass${bad}` });
      expect(signIn.error?.issues.map((issue) => issue.path.join("."))).toEqual(["password"]);
    }
  });

  it("every date a use case takes refuses years outside 1000–9999, as strings and as Date objects", async () => {
    const who = await as("ada");
    const cases: [string, (date: unknown) => Promise<unknown>][] = [
      [
        "closeAt",
        (closeAt) =>
          createQuestion(db(), who, {
            title: "Will the truce hold through next winter?",
            resolutionCriteria: "Resolves YES if no party announces the end of the truce.",
            closeAt,
            resolveBy: "9999-12-31",
          }),
      ],
      [
        "publishedAt",
        (publishedAt) =>
          createSource(db(), who, {
            title: "T",
            author: "A",
            outlet: "O",
            publishedAt,
            text: "The ministry said on Monday that the truce is likely to hold through the winter.",
          }),
      ],
      [
        "occurredAt",
        (occurredAt) =>
          resolveQuestion(db(), who, ids.closed[0]!, { outcome: "NO", occurredAt, note: "Did not happen." }),
      ],
    ];
    const dates = [
      ...OUT_OF_RANGE_DATES,
      new Date("0999-12-31T23:59:59.999Z"),
      new Date("+010000-01-01T00:00:00Z"),
      new Date(8.64e15),
    ];
    for (const [field, run] of cases) {
      for (const date of dates) {
        const before = await writeState(handle.db);
        const error = await run(date).then(
          () => null,
          (e: unknown) => e,
        );
        const label = `${field}=${String(date)}`;
        expect(error, label).toBeInstanceOf(AppError);
        expect((error as AppError).issues?.find((issue) => issue.path === field)?.message, label).toMatch(
          /between the years 1000 and 9999/,
        );
        expect(stateChanges(before, await writeState(handle.db)), label).toEqual([]);
      }
    }
  });

  afterAll(() => {
    if (!SURVEY) return;
    const counts = new Map<string, number>();
    for (const v of survey) {
      const key = `${v.kind} | ${v.problem} | ${v.useCase}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    console.log(
      `FUZZ SURVEY (services, seed ${FUZZ_SEED}): ${survey.length} violations\n` +
        [...counts].map(([key, n]) => `  ${n}\t${key}`).join("\n"),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The actions pass their id arguments (questionId, sessionId, teamId, runId, inviteId, userId,
// keyId, an invite's token) as the client sent them: a lone surrogate, a number, an object, null.
// Each use case checks them first (requireId, lib/validation/ids.ts), so a malformed id is a 400
// naming the argument, as an API route's malformed path id is: never an internal error, never a
// Prisma filter (an object such as { in: [id] } must not select a row), and nothing is written.
describe("server-action id arguments are validated by the use cases", () => {
  const badIds: unknown[] = ["c\uD800", "\uDFFF", 42, { id: "x" }, ["a"], null];
  const byId: [string, string, (id: never) => Promise<unknown>][] = [
    [
      "recordForecast(questionId)",
      "questionId",
      async (id) => recordForecast(db(), await as("ada"), id, { probability: 0.5 }),
    ],
    ["advanceSession(sessionId)", "sessionId", async (id) => advanceSession(db(), await as("ada"), id)],
    ["revokeInvite(teamId)", "teamId", async (id) => revokeInvite(db(), await as("ada"), id, ids.invite)],
    [
      "answerPractice(runId)",
      "runId",
      async (id) => answerPractice(db(), await as("ada"), id, { questionId: ids.runBinary[0], probability: 0.5 }),
    ],
    ["revokeInvite(inviteId)", "inviteId", async (id) => revokeInvite(db(), await as("ada"), ids.team, id)],
    [
      "createInvite(teamId)",
      "teamId",
      async (id) => createInvite(db(), await as("ada"), id, { role: "MEMBER" }, "http://test"),
    ],
    [
      "changeMemberRole(teamId)",
      "teamId",
      async (id) => changeMemberRole(db(), await as("ada"), id, people.mel, { role: "FACILITATOR" }),
    ],
    [
      "changeMemberRole(userId)",
      "userId",
      async (id) => changeMemberRole(db(), await as("ada"), ids.team, id, { role: "FACILITATOR" }),
    ],
    ["removeMember(teamId)", "teamId", async (id) => removeMember(db(), await as("ada"), id, people.mel)],
    ["removeMember(userId)", "userId", async (id) => removeMember(db(), await as("ada"), ids.team, id)],
    [
      "answerInSession(sessionId)",
      "sessionId",
      async (id) => answerInSession(db(), await as("ada"), id, { questionId: ids.binary, probability: 0.5 }),
    ],
    [
      "updateSessionNotes(sessionId)",
      "sessionId",
      async (id) => updateSessionNotes(db(), await as("ada"), id, { notes: "n" }),
    ],
    [
      "resolveQuestion(questionId)",
      "questionId",
      async (id) => resolveQuestion(db(), await as("ada"), id, { outcome: "NO", note: "Did not happen." }),
    ],
    ["revokeApiKey(keyId)", "keyId", async (id) => revokeApiKey(db(), people.ada, id)],
  ];
  for (const [label, name, run] of byId) {
    for (const bad of badIds) {
      it(`${label} with ${show(bad)} is a 400 naming ${name}`, async () => {
        const before = await writeState(handle.db);
        const error = await run(bad as never).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe("bad_request");
        expect((error as AppError).message).toMatch(new RegExp(`^${name} (must be a string|is not a valid id)$`));
        expect((error as AppError).issues?.[0]?.path).toBe(name);
        expect(stateChanges(before, await writeState(handle.db))).toEqual([]);
      });
    }
  }

  it("an id sent as a Prisma filter selects nothing: recordForecast(db, viewer, { in: [id] }) records no forecast", async () => {
    const before = await writeState(handle.db);
    const error = await recordForecast(db(), await as("ada"), { in: [ids.binary] } as never, {
      probability: 0.5,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe("questionId must be a string");
    expect(stateChanges(before, await writeState(handle.db))).toEqual([]);
  });

  it("an invite token that is not a string, or holds a lone surrogate, is a 400 before any lookup", async () => {
    for (const bad of [...badIds, `${"a".repeat(30)}\uD800`]) {
      for (const run of [
        () => previewInvite(db(), bad as never),
        async () => acceptInvite(db(), await as("newt"), bad as never),
      ]) {
        const error = await run().then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, show(bad)).toBeInstanceOf(AppError);
        expect((error as AppError).code, show(bad)).toBe("bad_request");
      }
    }
  });
});
