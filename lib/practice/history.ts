// Your practice runs over time, each with its mean Brier, so a run can be compared with the
// ones before it ("did I get better?").
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { average } from "../review/summary";
import { isProbabilityQuestion, probsOf } from "../forecasts/probabilities";
import { scoreAnswer } from "./reveal";
import { runQuestionIds } from "./run-record";
import { practiceQuestionsWhere } from "./scope";

export const RUN_HISTORY_LIMIT = 100;

export type RunHistoryEntry = {
  id: string;
  theme: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  answered: number;
  total: number;
  meanBrier: number | null;
};

export async function listPracticeRuns(db: Db, viewer: SignedInViewer): Promise<RunHistoryEntry[]> {
  const runs = await db.practiceRun.findMany({
    where: { userId: viewer.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RUN_HISTORY_LIMIT,
    select: {
      id: true,
      theme: true,
      questionIds: true,
      createdAt: true,
      finishedAt: true,
      forecasts: {
        where: { mode: "PRACTICE", question: practiceQuestionsWhere(viewer) },
        select: {
          probability: true,
          probabilities: { select: { optionId: true, probability: true } },
          question: {
            select: {
              type: true,
              options: { orderBy: { position: "asc" }, select: { id: true, label: true } },
              currentResolution: { select: { outcome: true, optionId: true } },
            },
          },
        },
      },
    },
  });
  return runs.reverse().map((run) => ({
    id: run.id,
    theme: run.theme,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
    answered: run.forecasts.length,
    total: runQuestionIds(run).length,
    meanBrier: average(
      run.forecasts.flatMap(({ question, ...forecast }) =>
        isProbabilityQuestion(question) ? [scoreAnswer(question, probsOf(question, forecast)).brier] : [],
      ),
    ),
  }));
}

/** This run against the earlier runs that have a score: the one just before, and the first. */
export function compareWithEarlierRuns(runs: readonly RunHistoryEntry[], runId: string) {
  const index = runs.findIndex((run) => run.id === runId);
  const current = runs[index];
  if (!current || current.meanBrier === null) return null;
  const earlier = runs.slice(0, index).filter((run) => run.meanBrier !== null);
  const previous = earlier.at(-1);
  if (!previous) return { current, previous: null, first: null, change: null, earlierCount: 0 };
  return {
    current,
    previous,
    first: earlier[0]!,
    // Negative is an improvement: Brier is lower for better forecasts.
    change: current.meanBrier - previous.meanBrier!,
    earlierCount: earlier.length,
  };
}
