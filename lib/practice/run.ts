// A practice run as its owner sees it: every question as of its date, and for the answered
// ones only, the answer, the outcome and the scores; the run's summary once anything is answered.
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { isProbabilityQuestion, probsOf } from "../forecasts/probabilities";
import { asOfView, practiceQuestionSelect } from "./as-of";
import { loadCrowds } from "./crowd";
import { buildReveal, practiceOutcome } from "./reveal";
import { loadOwnRun, runQuestionIds } from "./run-record";
import { practiceQuestionsWhere } from "./scope";
import { summarizeRun, type SummaryItem } from "./summary";

export async function getPracticeRun(db: Db, viewer: SignedInViewer, runId: string) {
  const run = await loadOwnRun(db, viewer, runId);
  const ids = runQuestionIds(run);
  const [rows, forecasts] = await Promise.all([
    db.question.findMany({
      where: { AND: [practiceQuestionsWhere(viewer), { id: { in: ids } }] },
      select: practiceQuestionSelect,
    }),
    db.forecast.findMany({
      where: { practiceRunId: run.id, userId: viewer.userId, mode: "PRACTICE" },
      select: {
        questionId: true,
        probability: true,
        rationale: true,
        asOf: true,
        createdAt: true,
        probabilities: { select: { optionId: true, probability: true } },
      },
    }),
  ]);
  // A question that is no longer visible (or was re-resolved as unscorable) drops out of the run.
  const byId = new Map(rows.filter(isProbabilityQuestion).map((row) => [row.id, row]));
  const questions = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const answers = new Map(forecasts.map((forecast) => [forecast.questionId, forecast]));
  const crowds = await loadCrowds(
    db,
    viewer.userId,
    questions.filter((question) => answers.has(question.id)),
  );

  const items = questions.map((question) => {
    const answer = answers.get(question.id);
    if (!answer) return { question: asOfView(question, viewer), answer: null, reveal: null };
    const probs = probsOf(question, answer);
    return {
      question: asOfView(question, viewer),
      answer: { probs, rationale: answer.rationale, asOf: answer.asOf, createdAt: answer.createdAt },
      reveal: buildReveal(question, probs, crowds.get(question.id), viewer),
    };
  });
  const summaryItems: SummaryItem[] = questions.flatMap((question, i) => {
    const item = items[i]!;
    return item.answer && item.reveal
      ? [{ type: question.type, probs: item.answer.probs, outcome: practiceOutcome(question), reveal: item.reveal }]
      : [];
  });
  const answered = summaryItems.length;
  return {
    id: run.id,
    theme: run.theme,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
    progress: { answered, total: questions.length, finished: questions.length > 0 && answered === questions.length },
    items,
    summary: summarizeRun(summaryItems),
  };
}

export type PracticeRunView = Awaited<ReturnType<typeof getPracticeRun>>;
