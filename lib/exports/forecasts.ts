// Exports of forecasts with their scores: your own, one question's (what you may see of it), and
// a team's. Authorization is decided before the first row is read, with the same rules as the
// pages (visibleQuestionsWhere, team membership, anti-anchoring); rows are then read a page at a
// time, so an export of any size holds one page in memory.
import type { Db } from "../db/client";
import { visibleQuestionsWhere, type SignedInViewer } from "../domain/viewer";
import { notFound } from "../errors";
import { isProbabilityQuestion, probsOf } from "../forecasts/probabilities";
import { othersForecastsHidden } from "../forecasts/visibility";
import { requireMembership } from "../teams/access";
import type { ForecastExportQuery } from "./schemas";

export type ExportedForecast = {
  questionId: string;
  question: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  forecaster: string;
  createdAt: string;
  /** P(yes) for a yes/no question; null for multiple choice. */
  probability: number | null;
  /** Probability by option label for multiple choice; null for yes/no. */
  probabilities: Record<string, number> | null;
  rationale: string | null;
  /** YES, NO, the option's label, AMBIGUOUS or ANNULLED; null while unresolved. */
  resolution: string | null;
  resolvedOn: string | null;
  timeAveragedBrier: number | null;
  finalBrier: number | null;
  relativeBrier: number | null;
  logScore: number | null;
};

export const EXPORT_COLUMNS: (keyof ExportedForecast)[] = [
  "questionId",
  "question",
  "type",
  "forecaster",
  "createdAt",
  "probability",
  "probabilities",
  "rationale",
  "resolution",
  "resolvedOn",
  "timeAveragedBrier",
  "finalBrier",
  "relativeBrier",
  "logScore",
];

export type ForecastExport = {
  name: string;
  target: { type: "user" | "question" | "team"; id: string };
  rows: AsyncIterable<ExportedForecast>;
};

type ForecastWhere = NonNullable<Parameters<Db["forecast"]["findMany"]>[0]>["where"];

const PAGE = 500;

/** Checks who may export what, and returns the rows to stream. */
export async function forecastExport(
  db: Db,
  viewer: SignedInViewer,
  query: ForecastExportQuery,
): Promise<ForecastExport> {
  if (query.scope === "mine") {
    return {
      name: "my-forecasts",
      target: { type: "user", id: viewer.userId },
      rows: forecastRows(db, { userId: viewer.userId, mode: "LIVE", question: visibleQuestionsWhere(viewer) }),
    };
  }
  if (query.scope === "question") {
    const question = await db.question.findFirst({
      where: { AND: [{ id: query.id! }, visibleQuestionsWhere(viewer)] },
      select: { id: true, hideForecastsUntilForecast: true, resolvedAt: true },
    });
    if (!question) throw notFound("Question");
    const hidden = othersForecastsHidden(question, await hasForecast(db, viewer, question.id));
    return {
      name: `question-${question.id}-forecasts`,
      target: { type: "question", id: question.id },
      rows: forecastRows(db, { questionId: question.id, mode: "LIVE", ...(hidden ? { userId: viewer.userId } : {}) }),
    };
  }
  const membership = await requireMembership(db, viewer, query.id!);
  const teamId = membership.team.id;
  // Team questions that hide others' forecasts from the viewer export only the viewer's own.
  const hiding = await db.question.findMany({
    where: { teamId, hideForecastsUntilForecast: true, resolvedAt: null },
    select: { id: true, forecasts: { where: { userId: viewer.userId, mode: "LIVE" }, select: { id: true }, take: 1 } },
  });
  const hiddenIds = hiding.filter((question) => question.forecasts.length === 0).map((question) => question.id);
  return {
    name: `team-${membership.team.slug}-forecasts`,
    target: { type: "team", id: teamId },
    rows: forecastRows(db, {
      mode: "LIVE",
      question: { teamId },
      ...(hiddenIds.length ? { OR: [{ questionId: { notIn: hiddenIds } }, { userId: viewer.userId }] } : {}),
    }),
  };
}

async function hasForecast(db: Db, viewer: SignedInViewer, questionId: string) {
  const own = await db.forecast.findFirst({
    where: { questionId, userId: viewer.userId, mode: "LIVE" },
    select: { id: true },
  });
  return own !== null;
}

async function* forecastRows(db: Db, where: ForecastWhere): AsyncGenerator<ExportedForecast> {
  let cursor: string | undefined;
  for (;;) {
    const page = await db.forecast.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        userId: true,
        createdAt: true,
        probability: true,
        rationale: true,
        user: { select: { name: true } },
        probabilities: { select: { optionId: true, probability: true } },
        question: {
          select: {
            id: true,
            title: true,
            type: true,
            options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
            currentResolution: { select: { outcome: true, optionId: true, occurredAt: true } },
          },
        },
      },
    });
    if (page.length === 0) return;
    const scores = await db.questionScore.findMany({
      where: {
        OR: [...new Set(page.map((row) => `${row.question.id} ${row.userId}`))].map((pair) => {
          const [questionId, userId] = pair.split(" ");
          return { questionId: questionId!, userId: userId! };
        }),
      },
      select: {
        questionId: true,
        userId: true,
        timeAvgBrier: true,
        finalBrier: true,
        relativeBrier: true,
        logScore: true,
      },
    });
    const scoreOf = new Map(scores.map((score) => [`${score.questionId} ${score.userId}`, score]));
    for (const row of page) {
      // Distribution forecasts (NUMERIC and DATE questions) are not in this export yet.
      if (!isProbabilityQuestion(row.question)) continue;
      const question = row.question;
      const probs = probsOf(question, row);
      const resolution = question.currentResolution;
      const score = scoreOf.get(`${question.id} ${row.userId}`);
      yield {
        questionId: question.id,
        question: question.title,
        type: question.type,
        forecaster: row.user.name,
        createdAt: row.createdAt.toISOString(),
        probability: question.type === "BINARY" ? probs[0]! : null,
        probabilities:
          question.type === "BINARY" ? null : Object.fromEntries(question.options.map((o, i) => [o.label, probs[i]!])),
        rationale: row.rationale,
        resolution: !resolution
          ? null
          : resolution.outcome === "OPTION"
            ? (question.options.find((o) => o.id === resolution.optionId)?.label ?? "OPTION")
            : resolution.outcome,
        resolvedOn: resolution ? resolution.occurredAt.toISOString().slice(0, 10) : null,
        timeAveragedBrier: score?.timeAvgBrier ?? null,
        finalBrier: score?.finalBrier ?? null,
        relativeBrier: score?.relativeBrier ?? null,
        logScore: score?.logScore ?? null,
      };
    }
    if (page.length < PAGE) return;
    cursor = page.at(-1)!.id;
  }
}
