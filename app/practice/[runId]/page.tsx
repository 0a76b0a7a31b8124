import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AsOfQuestionView } from "@/components/practice/as-of-question";
import { FocusLink } from "@/components/practice/focus-link";
import { PracticeAnswer } from "@/components/practice/practice-answer";
import { RevealPanel } from "@/components/practice/reveal-panel";
import { ComparisonSentence, RunHistoryTable } from "@/components/practice/run-history";
import { RunSummaryView } from "@/components/practice/run-summary";
import { getDb } from "@/lib/db";
import { orNotFound } from "@/lib/http/page-guards";
import { requireViewer } from "@/lib/http/session";
import { compareWithEarlierRuns, listPracticeRuns } from "@/lib/practice/history";
import { getPracticeRun } from "@/lib/practice/run";
import { practiceRunParam, practiceStepQuery } from "@/lib/practice/schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";
import { submitPracticeAnswer } from "./actions";

export const metadata: Metadata = { title: "Practice run" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ runId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function PracticeRunPage({ params, searchParams }: Props) {
  const { runId: raw } = await params;
  const viewer = await requireViewer(`/practice/${raw}`);
  const db = getDb();
  const run = await orNotFound(async () =>
    getPracticeRun(db, viewer, parseInput(practiceRunParam, { runId: raw }).runId),
  );
  const step = practiceStepQuery.safeParse(searchParamsObject(await searchParams));
  if (!step.success) notFound();
  const total = run.items.length;

  // Without a step, go to the first unanswered question; a finished run shows its summary.
  if (step.data.q === undefined && !run.progress.finished) {
    const next = run.items.findIndex((item) => item.answer === null);
    if (next >= 0) redirect(`/practice/${run.id}?q=${next + 1}`);
  }

  if (step.data.q !== undefined) {
    const index = step.data.q - 1;
    const item = run.items[index];
    if (!item) notFound();
    const nextHref = index + 1 < total ? `/practice/${run.id}?q=${index + 2}` : `/practice/${run.id}`;
    return (
      <>
        <h1>Practice run</h1>
        <p className="queue-progress" aria-live="polite">
          Question {index + 1} of {total} · {run.progress.answered} answered
        </p>
        <section aria-labelledby="practice-question" className="card">
          <AsOfQuestionView question={item.question} headingId="practice-question" />
        </section>
        {item.answer && item.reveal ? (
          <section aria-labelledby="outcome" className="card">
            <h2 id="outcome">How it turned out</h2>
            <RevealPanel question={item.question} probs={item.answer.probs} reveal={item.reveal} />
            <p>
              <FocusLink href={nextHref} className="button-link">
                {index + 1 < total ? "Next question" : "See your results"}
              </FocusLink>
            </p>
          </section>
        ) : (
          <section aria-labelledby="answer" className="card">
            <h2 id="answer">Your answer</h2>
            <p className="muted">
              Answer as you would have on {item.question.asOf.toISOString().slice(0, 10)}. It is saved as a practice
              forecast and never counts in your live track record. You can answer each question once per run.
            </p>
            <PracticeAnswer
              runId={run.id}
              questionId={item.question.id}
              type={item.question.type}
              options={item.question.options}
              save={submitPracticeAnswer}
            />
          </section>
        )}
      </>
    );
  }

  const runs = await listPracticeRuns(db, viewer);
  return (
    <>
      <h1>Practice run: your results</h1>
      <p className="lede">
        {run.progress.answered} of {total} questions answered. <Link href="/practice">Start another run</Link>.
      </p>
      {run.summary ? (
        <section aria-labelledby="results">
          <h2 id="results">Results</h2>
          <RunSummaryView summary={run.summary} />
        </section>
      ) : (
        <p className="muted">No question in this run can be shown any more.</p>
      )}
      <section aria-labelledby="questions">
        <h2 id="questions">Questions in this run</h2>
        <ol>
          {run.items.map((item, index) => (
            <li key={item.question.id}>
              <Link href={`/practice/${run.id}?q=${index + 1}`}>{item.question.title}</Link>
              {item.reveal ? ` · your Brier ${item.reveal.yourScore.brier.toFixed(3)}` : " · not answered"}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="progress-over-runs">
        <h2 id="progress-over-runs">Did you get better?</h2>
        <ComparisonSentence comparison={compareWithEarlierRuns(runs, run.id)} />
        <RunHistoryTable runs={runs} currentId={run.id} />
      </section>
    </>
  );
}
