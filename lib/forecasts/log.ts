// One entry of a question's live forecast log as the app shows it, and the question a series is
// read for. The log itself is append-only (lib/forecasts/record.ts); pages read it through the
// read models (lib/forecasts/read-model.ts, series.ts) or a page at a time (page.ts).
import type { Db } from "../db/client";
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import { notFound } from "../errors";
import { parseCdf } from "./continuous";
import { isContinuous, probsOf, type ShapedQuestion } from "./probabilities";
import type { SeriesQuestion } from "./series";

export type LogEntry = {
  id: string;
  userId: string;
  userName: string;
  createdAt: Date;
  /** One probability per option in option order; binary questions hold [P(yes)]; empty for a distribution. */
  probs: number[];
  /** NUMERIC and DATE questions: the CDF of 201 numbers (lib/forecasting/continuous); otherwise absent. */
  cdf?: number[];
  rationale: string | null;
};

type LogRow = {
  id: string;
  createdAt: Date;
  rationale: string | null;
  probability: number | null;
  /** Left out of the query for yes/no questions, which have no option rows. */
  probabilities?: { optionId: string; probability: number }[] | null;
  /** Asked for on NUMERIC and DATE questions only. */
  cdf?: string | null;
};

/** A forecast row read for display, as a log entry of `author`. */
export function logEntryOf(question: ShapedQuestion, row: LogRow, author: { userId: string; name: string }): LogEntry {
  if (isContinuous(question)) {
    return {
      id: row.id,
      userId: author.userId,
      userName: author.name,
      createdAt: row.createdAt,
      rationale: row.rationale,
      probs: [],
      cdf: parseCdf(row.cdf ?? null),
    };
  }
  return {
    id: row.id,
    userId: author.userId,
    userName: author.name,
    createdAt: row.createdAt,
    rationale: row.rationale,
    probs: probsOf(question, { probability: row.probability, probabilities: row.probabilities ?? [] }),
  };
}

/** The question a chart or aggregate is read for, when the viewer may see it. */
export async function findSeriesQuestion(db: Db, viewer: Viewer, questionId: string): Promise<SeriesQuestion> {
  const question = await db.question.findFirst({
    where: { AND: [{ id: questionId }, visibleQuestionsWhere(viewer)] },
    select: {
      id: true,
      type: true,
      resolvedAt: true,
      hideForecastsUntilForecast: true,
      forecasterCount: true,
      liveForecastCount: true,
      options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
    },
  });
  if (!question) throw notFound("Question");
  return question;
}
