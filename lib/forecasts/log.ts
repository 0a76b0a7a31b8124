// A question's live forecast log, read once and shaped for everything built from it: your
// history, others' latest forecasts, the crowd aggregate over time.
import type { Db } from "../db/client";
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import { notFound } from "../errors";
import { othersForecastsHidden } from "./visibility";
import { probsOf } from "./probabilities";

export type LogEntry = {
  id: string;
  userId: string;
  userName: string;
  createdAt: Date;
  /** One probability per option in option order; binary questions hold [P(yes)]. */
  probs: number[];
  rationale: string | null;
};

const loggableQuestionSelect = {
  id: true,
  type: true,
  openAt: true,
  closeAt: true,
  resolvedAt: true,
  hideForecastsUntilForecast: true,
  options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
} as const;

/** What the log needs of its question; a page that already loaded the question passes it in. */
export type LoggableQuestion = {
  id: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  openAt: Date;
  closeAt: Date;
  resolvedAt: Date | null;
  hideForecastsUntilForecast: boolean;
  options: { id: string; label: string }[];
};

export async function loadQuestionLog(db: Db, viewer: Viewer, questionId: string) {
  const question = await db.question.findFirst({
    where: { AND: [{ id: questionId }, visibleQuestionsWhere(viewer)] },
    select: loggableQuestionSelect,
  });
  if (!question) throw notFound("Question");
  return loadLogOf(db, viewer, question);
}

/** The log of a question the caller has already found visible to `viewer`. */
export async function loadLogOf(db: Db, viewer: Viewer, question: LoggableQuestion) {
  const questionId = question.id;
  const rows = await db.forecast.findMany({
    where: { questionId, mode: "LIVE" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      userId: true,
      createdAt: true,
      probability: true,
      rationale: true,
      user: { select: { name: true } },
      probabilities: { select: { optionId: true, probability: true } },
    },
  });
  const log: LogEntry[] = rows.map((row) => ({
    id: row.id,
    userId: row.userId,
    userName: row.user.name,
    createdAt: row.createdAt,
    rationale: row.rationale,
    probs: probsOf(question, row),
  }));
  const viewerHasForecast = viewer ? log.some((entry) => entry.userId === viewer.userId) : false;
  return { question, log, hidden: othersForecastsHidden(question, viewerHasForecast) };
}

export type QuestionLog = Awaited<ReturnType<typeof loadQuestionLog>>;

export function latestPerForecaster(log: readonly LogEntry[]): LogEntry[] {
  const latest = new Map<string, LogEntry>();
  for (const entry of log) latest.set(entry.userId, entry);
  return [...latest.values()];
}
