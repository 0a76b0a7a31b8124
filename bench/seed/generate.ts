// The bench data generator (issue 16 item 1): a migrated database filled through bulk inserts
// that keep the services' invariants, plus two open yes/no questions of known size. Accounts,
// the team, the two named questions, the API key and the scores go through the app's own code
// (lib/users, lib/teams, lib/questions, lib/auth, lib/scoring); the bulk rows carry the same
// fields those services write.
import { hashPassword } from "better-auth/crypto";
import { ADMIN_CLI_ACTOR } from "../../lib/audit/record";
import { createApiKey } from "../../lib/auth/api-keys";
import { createDb, type Db } from "../../lib/db/client";
import type { DatabaseConfig } from "../../lib/db/config";
import { prepareDatabase } from "../../lib/db/prepare";
import { questionSearchText } from "../../lib/domain/search-text";
import { THEME_SLUGS } from "../../lib/domain/themes";
import type { SignedInViewer } from "../../lib/domain/viewer";
import { createQuestion } from "../../lib/questions/create";
import { scoredOutcome } from "../../lib/forecasts/outcome";
import { replayReadModel, type LoggedLiveForecast } from "../../lib/forecasts/read-model";
import type { ShapedQuestion } from "../../lib/forecasts/probabilities";
import { probsOf } from "../../lib/forecasts/probabilities";
import { scoreQuestion } from "../../lib/scoring/question-scores";
import { scoredUntil } from "../../lib/scoring/recompute";
import { createTeam } from "../../lib/teams/teams";
import { createUser } from "../../lib/users/create-user";
import { forecastRows, type ForecastRow, type OptionRow } from "./forecast-rows";
import { verifyBenchData } from "./verify";
import { emptyBatch, openSink, type Batch, type BulkSink, type ScoreRow } from "./sink";
import type { SeedOptions } from "./options";
import { DAY_MS, planQuestions, type QuestionPlan } from "./plan";
import { progressBar } from "./progress";
import { createIdFactory, createRandom, type Random } from "./random";

export const BENCH_ADMIN_EMAIL = "bench-admin@bench.example.org";
export const BENCH_ADMIN_PASSWORD = "bench-admin-password";

export type SeedResult = {
  questions: { small: string; big: string };
  teamId: string;
  admin: { email: string; apiKey: string; password: string };
  counts: { users: number; questions: number; forecasts: number; resolved: number; scores: number };
  seconds: number;
};

const BATCH = 5_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

type Person = { id: string; name: string };

export async function generateBenchData(config: DatabaseConfig, options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const now = started;
  const random = createRandom(options.seed);
  const nextId = createIdFactory();

  // The app's own preparation: migrations, then the articles' material on an empty database.
  await prepareDatabase(config, log);
  const db = createDb(config);
  try {
    if (await db.user.findUnique({ where: { email: BENCH_ADMIN_EMAIL } })) {
      throw new Error("this database already holds bench data: point DATABASE_URL at a new (or empty) database");
    }
    const admin = await createAdministrator(db);
    const people = await createPeople(db, nextId, options.users - 1, started);
    const everyone: Person[] = [{ id: admin.id, name: admin.name }, ...people];

    const team = await createTeam(db, viewerOf(admin, []), { name: "Bench forecasting team" });
    const members = everyone.slice(0, Math.max(1, Math.min(options.teamSize, everyone.length)));
    await inBatches(db, members.slice(1), async (tx, batch) => {
      await tx.teamMembership.createMany({
        data: batch.map((person) => ({ id: nextId(), teamId: team.id, userId: person.id, role: "MEMBER" as const })),
      });
    });
    const adminViewer = viewerOf(admin, [team.id]);

    const plans = planQuestions(random, { ...options, withTeam: true, themes: THEME_SLUGS }, now);
    const questions = await createBulkQuestions(db, nextId, random, plans, everyone, members);

    const resolutions = await recordResolutions(db, nextId, random, questions, admin);

    const everyoneIds = everyone.map((person) => person.id);
    const memberIds = members.map((person) => person.id);
    const bar = progressBar("forecasts + scores", options.forecasts + 10_100);
    const writer = forecastWriter(openSink(config, db), nextId, bar.advance);
    for (const question of questions) {
      const eligible = question.plan.team ? memberIds : everyoneIds;
      const revisions = random.between(1.2, 3);
      const rows = forecastRows(
        random,
        nextId,
        {
          questionId: question.id,
          openAt: question.plan.openAt,
          closeAt: question.plan.closeAt,
          occurredAt: question.plan.occurredAt,
          optionIds: question.optionIds,
          lean: question.plan.lean,
          count: question.plan.forecastCount,
          forecasters: Math.round(question.plan.forecastCount / revisions),
        },
        eligible,
        now,
      );
      const resolution = resolutions.get(question.id);
      const scores = resolution ? scoresOf(nextId, question, resolution, rows) : [];
      await writer.add(shapedOf(question), { ...rows, scores });
    }

    // The two named questions, created by the service itself (opened 30 days ago).
    const named = async (title: string, count: number, forecasters: number) => {
      const openedAt = new Date(now - 30 * DAY_MS);
      const question = await createQuestion(
        db,
        adminViewer,
        {
          title,
          resolutionCriteria: "Yes if the bench's own resolution, recorded through the API, says so.",
          type: "BINARY",
          closeAt: new Date(now + 180 * DAY_MS).toISOString(),
          resolveBy: new Date(now + 210 * DAY_MS).toISOString(),
          themes: ["other"],
        },
        openedAt,
      );
      await writer.add(
        { id: question.id, type: question.type, options: [] },
        {
          scores: [],
          ...forecastRows(
            random,
            nextId,
            {
              questionId: question.id,
              openAt: question.openAt,
              closeAt: question.closeAt,
              occurredAt: null,
              optionIds: [],
              lean: [0.4],
              count,
              forecasters,
            },
            everyoneIds,
            now,
          ),
        },
      );
      return question.id;
    };
    const small = await named("Bench: will the small question resolve Yes? (100 forecasts)", 100, 40);
    if (everyone.length < 500)
      log(`Only ${everyone.length} people: the big question's forecasts come from all of them.`);
    const big = await named("Bench: will the big question resolve Yes? (10,000 forecasts)", 10_000, 500);
    await writer.close();
    bar.done();

    const problems = await verifyBenchData(db);
    if (problems.length > 0) throw new Error(`the generated data breaks invariants: ${problems.join("; ")}`);
    log("Invariants checked (dates, option rows, resolutions, team access, a sample of scores recomputed).");
    const apiKey = await createApiKey(db, admin.id, "bench");
    return {
      questions: { small, big },
      teamId: team.id,
      admin: { email: admin.email, apiKey: apiKey.key, password: BENCH_ADMIN_PASSWORD },
      counts: {
        users: everyone.length,
        questions: questions.length + 2,
        forecasts: writer.written().forecasts,
        resolved: resolutions.size,
        scores: writer.written().scores,
      },
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await db.$disconnect();
  }
}

function viewerOf(user: { id: string; name: string }, teamIds: string[]): SignedInViewer {
  return { userId: user.id, name: user.name, role: "ADMIN", teamIds };
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function inBatches<T>(db: Db, items: readonly T[], write: (tx: Tx, batch: T[]) => Promise<void>, size = BATCH) {
  for (let i = 0; i < items.length; i += size) {
    const batch = items.slice(i, i + size);
    await db.$transaction((tx) => write(tx, batch), { timeout: 120_000, maxWait: 60_000 });
  }
}

/** An administrator with a password (for the bench's signed-in pages), made by the admin CLI's use case. */
async function createAdministrator(db: Db) {
  const user = await createUser(db, { email: BENCH_ADMIN_EMAIL, name: "Bench Administrator", role: "admin" });
  await db.account.create({
    data: {
      userId: user.id,
      accountId: user.id,
      providerId: "credential",
      password: await hashPassword(BENCH_ADMIN_PASSWORD),
    },
  });
  return user;
}

/** Accounts as lib/users/create-user.ts writes them (USER role, an audit entry each), in bulk. */
async function createPeople(db: Db, nextId: () => string, count: number, now: number): Promise<Person[]> {
  const people = Array.from({ length: Math.max(0, count) }, (_, i) => ({
    id: nextId(),
    email: `bench-user-${String(i + 1).padStart(6, "0")}@bench.example.org`,
    name: `Bench User ${i + 1}`,
  }));
  const bar = progressBar("users", people.length);
  await inBatches(db, people, async (tx, batch) => {
    const createdAt = new Date(now - 800 * DAY_MS);
    await tx.user.createMany({
      data: batch.map((person) => ({ ...person, role: "USER" as const, createdAt, updatedAt: createdAt })),
    });
    await tx.auditLog.createMany({
      data: batch.map((person) => ({
        id: nextId(),
        at: createdAt,
        actorId: ADMIN_CLI_ACTOR.id,
        actorLabel: ADMIN_CLI_ACTOR.label,
        action: "user.created",
        targetType: "user",
        targetId: person.id,
        after: JSON.stringify({ email: person.email, name: person.name, role: "USER" }),
      })),
    });
    bar.advance(batch.length);
  });
  bar.done();
  return people.map(({ id, name }) => ({ id, name }));
}

type BulkQuestion = { id: string; plan: QuestionPlan; optionIds: string[]; creator: Person };

const shapedOf = (question: BulkQuestion) => ({
  id: question.id,
  type: question.plan.type,
  options: question.optionIds.map((id) => ({ id })),
});

/** A question's generated rows as the live log the app reads: option rows attached, in log order. */
function liveLog(rows: { forecasts: ForecastRow[]; options: OptionRow[] }): LoggedLiveForecast[] {
  const optionsOf = new Map<string, { optionId: string; probability: number }[]>();
  for (const row of rows.options) {
    const list = optionsOf.get(row.forecastId) ?? [];
    list.push(row);
    optionsOf.set(row.forecastId, list);
  }
  return rows.forecasts
    .map((forecast) => ({ ...forecast, probabilities: optionsOf.get(forecast.id) ?? [] }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Questions as lib/questions/create.ts writes them: options, themes, search text, an audit entry. */
async function createBulkQuestions(
  db: Db,
  nextId: () => string,
  random: Random,
  plans: QuestionPlan[],
  everyone: Person[],
  members: Person[],
  teamId?: string,
): Promise<BulkQuestion[]> {
  const team = teamId ?? (await db.team.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { id: true } })).id;
  const questions = plans.map((plan) => ({
    id: nextId(),
    plan,
    optionIds: Array.from({ length: plan.optionCount }, () => nextId()),
    creator: random.pick(plan.team ? members : everyone),
  }));
  const bar = progressBar("questions", questions.length);
  await inBatches(
    db,
    questions,
    async (tx, batch) => {
      const rows = batch.map(({ id, plan, creator }) => {
        const text = {
          title: `Bench question ${plan.index + 1}: will development ${plan.index + 1} happen before ${plan.closeAt.toISOString().slice(0, 10)}?`,
          description: `Generated for the performance bench (question ${plan.index + 1}).`,
          resolutionCriteria: `Resolves as stated if credible reporting confirms development ${plan.index + 1} by the close date.`,
        };
        return {
          id,
          ...text,
          type: plan.type,
          openAt: plan.openAt,
          closeAt: plan.closeAt,
          resolveBy: plan.resolveBy,
          searchText: questionSearchText(text),
          teamId: plan.team ? team : null,
          createdById: creator.id,
          hideForecastsUntilForecast: plan.team,
          createdAt: plan.openAt,
          updatedAt: plan.openAt,
        };
      });
      await tx.question.createMany({ data: rows });
      const optionLabels = ["Option A", "Option B", "Option C", "Option D", "Option E"];
      await tx.questionOption.createMany({
        data: batch.flatMap(({ id, optionIds }) =>
          optionIds.map((optionId, position) => ({
            id: optionId,
            questionId: id,
            label: optionLabels[position]!,
            position,
          })),
        ),
      });
      await tx.questionTheme.createMany({
        data: batch.flatMap(({ id, plan }) => plan.themes.map((themeSlug) => ({ questionId: id, themeSlug }))),
      });
      await tx.auditLog.createMany({
        data: batch.map(({ id, plan, optionIds, creator }, i) => ({
          id: nextId(),
          at: plan.openAt,
          actorId: creator.id,
          actorLabel: creator.name,
          action: "question.created",
          targetType: "question",
          targetId: id,
          after: JSON.stringify({
            title: rows[i]!.title,
            type: plan.type,
            teamId: rows[i]!.teamId,
            closeAt: plan.closeAt,
            resolveBy: plan.resolveBy,
            conditionQuestionId: null,
            options: optionIds.map((_, k) => optionLabels[k]),
            themes: plan.themes,
          }),
        })),
      });
      bar.advance(batch.length);
    },
    1_000,
  );
  bar.done();
  return questions;
}

/** Buffers rows and hands them to the sink about BATCH forecasts at a time. */
function forecastWriter(sink: BulkSink, nextId: () => string, advance: (by: number) => void) {
  let batch: Batch = emptyBatch();
  const total = { forecasts: 0, scores: 0 };
  const flush = async () => {
    if (batch.forecasts.length === 0 && batch.scores.length === 0) return;
    const full = batch;
    batch = emptyBatch();
    await sink.write(full);
    total.forecasts += full.forecasts.length;
    total.scores += full.scores.length;
    advance(full.forecasts.length);
  };
  return {
    /** One question's whole log (and scores): its read models are replayed here by the app's code. */
    add: async (
      question: ShapedQuestion & { id: string },
      rows: { forecasts: ForecastRow[]; options: OptionRow[]; scores: ScoreRow[] },
    ) => {
      for (const row of rows.forecasts) batch.forecasts.push(row);
      for (const row of rows.options) batch.options.push(row);
      for (const row of rows.scores) batch.scores.push(row);
      const models = replayReadModel(question, liveLog(rows));
      for (const point of models.points) batch.crowdPoints.push({ id: nextId(), ...point });
      for (const row of models.latest) batch.latest.push(row);
      batch.counts.push({ questionId: question.id, ...models.counts });
      if (batch.forecasts.length >= BATCH * 2) await flush();
    },
    close: async () => {
      await flush();
      await sink.close();
    },
    written: () => total,
  };
}

type CurrentResolution = { id: string; outcome: string; optionId: string | null; occurredAt: Date; recordedAt: Date };

/**
 * Scores as lib/scoring/recompute.ts computes them when the resolution is recorded: the app's
 * scoreQuestion over the live log, scored until scoredUntil(occurredAt, recordedAt).
 */
function scoresOf(
  nextId: () => string,
  question: BulkQuestion,
  resolution: CurrentResolution,
  rows: { forecasts: ForecastRow[]; options: OptionRow[] },
): ScoreRow[] {
  const shaped = shapedOf(question);
  const outcome = scoredOutcome(shaped, resolution);
  if (!outcome || rows.forecasts.length === 0) return [];
  const log = liveLog(rows).map((forecast) => ({
    userId: forecast.userId,
    t: forecast.createdAt.getTime(),
    probs: probsOf(shaped, forecast),
  }));
  return scoreQuestion(log, outcome, {
    openAt: question.plan.openAt.getTime(),
    closeAt: question.plan.closeAt.getTime(),
    occurredAt: scoredUntil(resolution.occurredAt, resolution.recordedAt),
  }).map((score) => ({
    ...score,
    id: nextId(),
    questionId: question.id,
    resolutionId: resolution.id,
    computedAt: resolution.recordedAt,
  }));
}

/**
 * Resolutions with history, as lib/questions/resolve.ts records them: the Resolution rows (a
 * re-resolution carries a reason), the question pointing at the current one with resolvedAt, and
 * an audit entry each. The scores follow with the forecasts (scoresOf).
 */
async function recordResolutions(
  db: Db,
  nextId: () => string,
  random: Random,
  questions: BulkQuestion[],
  admin: { id: string; name: string },
): Promise<Map<string, CurrentResolution>> {
  const resolved = questions.filter((question) => question.plan.status === "resolved");
  const planned = resolved.map((question) => {
    const { plan } = question;
    const final =
      random.next() < 0.03
        ? { outcome: "AMBIGUOUS" as const, optionId: null }
        : plan.type === "BINARY"
          ? { outcome: random.next() < plan.lean[0]! ? ("YES" as const) : ("NO" as const), optionId: null }
          : { outcome: "OPTION" as const, optionId: random.pick(question.optionIds) };
    const wrong =
      plan.type === "BINARY"
        ? { outcome: final.outcome === "YES" ? ("NO" as const) : ("YES" as const), optionId: null }
        : { outcome: "OPTION" as const, optionId: question.optionIds.find((id) => id !== final.optionId)! };
    const resolver = random.next() < 0.5 ? admin : question.creator;
    const history = plan.recordedAt.map((recordedAt, i) => {
      const last = i === plan.recordedAt.length - 1;
      return {
        id: nextId(),
        questionId: question.id,
        ...(last ? final : wrong),
        occurredAt: plan.occurredAt!,
        recordedAt,
        recordedById: resolver.id,
        note: last ? "Resolved from the bench's generated outcome." : "First reading of the generated outcome.",
        reason: i > 0 ? "The first resolution misread the outcome." : null,
      };
    });
    return { question, resolver, history };
  });
  type Row = (typeof planned)[number]["history"][number];
  const snapshot = (r: Row) => ({
    resolutionId: r.id,
    outcome: r.outcome,
    optionId: r.optionId,
    occurredAt: r.occurredAt,
    note: r.note,
    evidenceUrl: null,
    ...(r.reason ? { reason: r.reason } : {}),
  });
  const bar = progressBar("resolutions", planned.length);
  await inBatches(
    db,
    planned,
    async (tx, batch) => {
      await tx.resolution.createMany({ data: batch.flatMap(({ history }) => history) });
      for (const { question, history } of batch) {
        const current = history.at(-1)!;
        await tx.question.update({
          where: { id: question.id },
          data: { currentResolutionId: current.id, resolvedAt: current.recordedAt, updatedAt: current.recordedAt },
        });
      }
      await tx.auditLog.createMany({
        data: batch.flatMap(({ question, resolver, history }) =>
          history.map((r, i) => ({
            id: nextId(),
            at: r.recordedAt,
            actorId: resolver.id,
            actorLabel: resolver.name,
            action: i === 0 ? "question.resolved" : "question.re-resolved",
            targetType: "question",
            targetId: question.id,
            before: i === 0 ? null : JSON.stringify(snapshot(history[i - 1]!)),
            after: JSON.stringify(snapshot(r)),
          })),
        ),
      });
      bar.advance(batch.length);
    },
    200,
  );
  bar.done();
  return new Map(planned.map(({ question, history }) => [question.id, history.at(-1)!]));
}
