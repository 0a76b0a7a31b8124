// Appending a forecast: a probability, or a distribution on a NUMERIC or DATE question (a CDF),
// validated against its question, checked, written in one transaction. Forecasts are never updated or deleted; a revision is a new row.
import type { Db, DbTransaction } from "../db/client";
import { questionStatus } from "../domain/question-status";
import { visibleQuestionsWhere, type SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { recordOutboxEvent } from "../outbox/record";
import { requireId } from "../validation/ids";
import { parseInput } from "../validation/parse";
import { continuousForecastCdf, continuousForecastInput } from "./continuous-schemas";
import { RANGE_COLUMNS, rangeOf, type ContinuousType } from "./continuous";
import { isProbabilityQuestion, isYesNo, probsFromInput, probsOf, storedProbabilities } from "./probabilities";
import { applyContinuousForecast, applyLiveForecast } from "./read-model";
import { forecastInput } from "./schemas";

export async function recordForecast(
  db: Db,
  viewer: SignedInViewer,
  questionId: string,
  rawInput: unknown,
  now = new Date(),
) {
  requireId(questionId, "questionId");
  const question = await db.question.findFirst({
    where: { AND: [{ id: questionId }, visibleQuestionsWhere(viewer)] },
    select: {
      id: true,
      teamId: true,
      closeAt: true,
      resolvedAt: true,
      ...RANGE_COLUMNS,
      options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
    },
  });
  // What a valid forecast looks like depends on the question's type, so the question is read
  // before the input is validated.
  if (!question || !isProbabilityQuestion(question)) {
    if (!question) throw notFound("Question");
    return recordDistribution(db, viewer, { ...question, type: question.type as ContinuousType }, rawInput, now);
  }
  const input = parseInput(forecastInput, rawInput);
  requireOpen(question, now);
  const probs = probsFromInput(question, input);

  // The forecast and the read models built from the log commit together or not at all.
  const forecast = await db.$transaction(async (tx) => {
    const created = await tx.forecast.create({
      data: {
        questionId: question.id,
        userId: viewer.userId,
        ...storedProbabilities(question, probs),
        rationale: input.rationale ? input.rationale : null,
        mode: "LIVE",
        createdAt: now,
      },
      select: {
        id: true,
        questionId: true,
        userId: true,
        createdAt: true,
        rationale: true,
        probability: true,
        // A yes/no forecast has no option rows: not asking for them saves a query per write.
        probabilities: isYesNo(question) ? false : { select: { optionId: true, probability: true } },
      },
    });
    // The numbers as stored (the database may round a double differently than it was sent), so
    // the read models match a rebuild from the log exactly.
    const stored = probsOf(question, created);
    await applyLiveForecast(tx, question, {
      id: created.id,
      userId: created.userId,
      createdAt: created.createdAt,
      probs: stored,
    });
    await announceForecast(tx, question, created.id, viewer.userId, now);
    return created;
  });
  return { ...forecast, question, probs: probsOf(question, forecast), cdf: null };
}

function requireOpen(question: { closeAt: Date; resolvedAt: Date | null }, now: Date) {
  const status = questionStatus(question, now);
  if (status !== "open") {
    throw new AppError("conflict", `This question is ${status} and accepts no new forecasts`);
  }
}

type DistributionQuestion = Parameters<typeof rangeOf>[0] & {
  id: string;
  type: ContinuousType;
  teamId: string | null;
  closeAt: Date;
  resolvedAt: Date | null;
  options: { id: string; label: string }[];
};

/**
 * A NUMERIC or DATE forecast: percentiles turned into a CDF, or a CDF stored as sent, with the
 * same rules as a probability (open questions only, one transaction with the read models and the
 * team's event). Every bad distribution is a 400 naming the problem, before anything is written.
 */
async function recordDistribution(
  db: Db,
  viewer: SignedInViewer,
  question: DistributionQuestion,
  rawInput: unknown,
  now: Date,
) {
  const input = parseInput(continuousForecastInput(question.type), rawInput);
  requireOpen(question, now);
  const built = continuousForecastCdf(input, rangeOf(question), question.type);
  if (!built.ok) throw new AppError("bad_request", `${built.issue.path}: ${built.issue.message}`, [built.issue]);

  const forecast = await db.$transaction(async (tx) => {
    const created = await tx.forecast.create({
      data: {
        questionId: question.id,
        userId: viewer.userId,
        cdf: JSON.stringify(built.cdf),
        rationale: input.rationale ? input.rationale : null,
        mode: "LIVE",
        createdAt: now,
      },
      select: { id: true, questionId: true, userId: true, createdAt: true, rationale: true },
    });
    await applyContinuousForecast(tx, question, { userId: created.userId });
    await announceForecast(tx, question, created.id, viewer.userId, now);
    return created;
  });
  return { ...forecast, question, probs: [] as number[], cdf: built.cdf };
}

/** A team hears of its members' forecasts; public questions' forecasts are no event. */
async function announceForecast(
  tx: DbTransaction,
  question: { id: string; teamId: string | null },
  forecastId: string,
  userId: string,
  now: Date,
) {
  if (!question.teamId) return;
  await recordOutboxEvent(tx, {
    type: "forecast.created",
    payload: { questionId: question.id, teamId: question.teamId, forecastId, userId },
    occurredAt: now,
  });
}
