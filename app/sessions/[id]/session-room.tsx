"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ForecastEntry } from "@/components/forecast/forecast-entry";
import { Markdown } from "@/components/markdown";
import { formatProbabilities } from "@/lib/forecasts/display";
import type { SessionView } from "@/lib/sessions/sessions";
import { advanceSessionAction, answerInSessionAction, saveNotesAction } from "./actions";
import { SpreadPlot, type SpreadPoint } from "./spread-plot";
import { useLiveVersion } from "./use-live-version";

const STEPS = [
  { key: "round1", label: "Round 1: blind" },
  { key: "reveal", label: "Reveal and discuss" },
  { key: "round2", label: "Round 2: update" },
  { key: "closed", label: "Closed: report" },
] as const;

const NEXT_LABEL: Record<string, string> = {
  round1: "Reveal round 1",
  reveal: "Start round 2",
  round2: "Close the session",
};

const spreadPoints = (answers: { probs: number[]; mine: boolean }[]): SpreadPoint[] =>
  answers.map((answer) => ({ probability: answer.probs[0]!, mine: answer.mine }));

export function SessionRoom({ view }: { view: SessionView }) {
  const router = useRouter();
  const mode = useLiveVersion(view.id, view.version);
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState(view.notes);
  const [notesSaved, setNotesSaved] = useState<string | null>(null);
  const stepIndex = STEPS.findIndex((step) => step.key === view.step);
  const answering = view.step === "round1" || view.step === "round2";
  const round = view.step === "round2" ? 2 : 1;

  return (
    <article>
      <p className="meta">
        <Link href={`/teams/${view.team.id}`}>← {view.team.name}</Link>
      </p>
      <h1>{view.title}</h1>
      <ol className="steps" aria-label="Session steps">
        {STEPS.map((step, index) => (
          <li
            key={step.key}
            aria-current={index === stepIndex ? "step" : undefined}
            className={index === stepIndex ? "current" : index < stepIndex ? "done" : undefined}
          >
            {step.label}
          </li>
        ))}
      </ol>
      <p className="muted" aria-live="polite">
        Facilitated by {view.facilitator.name}.{" "}
        {mode === "live"
          ? "This screen follows the session live."
          : "Live updates unavailable: refreshing every few seconds."}
      </p>

      {view.canRun && (
        <section aria-labelledby="facilitator" className="card session-controls">
          <h2 id="facilitator">Facilitator controls</h2>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {view.step !== "closed" ? (
            <button
              type="button"
              onClick={async () => {
                const result = await advanceSessionAction(view.id);
                if (!result.ok) return setError(result.message);
                setError(null);
                router.refresh();
              }}
            >
              {NEXT_LABEL[view.step]}
            </button>
          ) : (
            <Link href={`/sessions/${view.id}/report`} className="button-link">
              Open the report
            </Link>
          )}
        </section>
      )}

      {view.canRun && (
        <section aria-labelledby="notes" className="card session-notes">
          <h2 id="notes">Discussion notes</h2>
          <label className="stack-form">
            <span className="hint">Everyone in the session sees what you save here.</span>
            <textarea aria-label="Discussion notes" value={notes} onChange={(event) => setNotes(event.target.value)} />
          </label>
          <p>
            <button
              type="button"
              className="secondary-button"
              onClick={async () => {
                const result = await saveNotesAction(view.id, notes);
                setNotesSaved(result.ok ? "Notes saved." : result.message);
              }}
            >
              Save notes
            </button>{" "}
            <span role="status">{notesSaved}</span>
          </p>
        </section>
      )}

      {!view.canRun && view.notes && (
        <section aria-labelledby="notes" className="session-notes">
          <h2 id="notes">Discussion notes</h2>
          <p className="card" style={{ whiteSpace: "pre-wrap" }}>
            {view.notes}
          </p>
        </section>
      )}

      {view.step === "closed" && !view.canRun && (
        <p>
          <Link href={`/sessions/${view.id}/report`} className="button-link">
            Open the report
          </Link>
        </p>
      )}

      {view.questions.map((question, index) => {
        const mine = round === 1 ? question.mine.round1 : question.mine.round2;
        const answeredNow = round === 1 ? question.answered.round1 : question.answered.round2;
        const percentList = (probs: number[]) => formatProbabilities(question, probs);
        return (
          <section key={question.id} aria-labelledby={`q-${question.id}`} className="card session-question">
            <h2 id={`q-${question.id}`}>
              {index + 1}. {question.title}
            </h2>
            <p className="muted">{question.resolutionCriteria}</p>
            {answering && (
              <>
                <p>
                  Answered in round {round}: {answeredNow.length} of {view.memberCount}
                  {answeredNow.length > 0 ? ` (${answeredNow.join(", ")})` : ""}
                </p>
                {/* Information, not a confirmation: the entry below confirms each save once. */}
                {mine && (
                  <p className="session-answer-note">
                    Your round-{round} answer: <strong>{percentList(mine.probs)}</strong>. You can change it until the
                    facilitator moves on.
                  </p>
                )}
                <ForecastEntry
                  questionId={question.id}
                  draftKey={`session-draft:${view.id}:${question.id}:${round}`}
                  save={(questionId, input) => answerInSessionAction(view.id, questionId, input)}
                  type={question.type}
                  options={question.options}
                  latest={(mine ?? question.mine.round1)?.probs.map((p) => p * 100) ?? null}
                  submitLabel={mine ? `Change my round-${round} answer` : `Submit round-${round} answer`}
                />
              </>
            )}
            {question.round1 && question.round1.pooled && (
              <div>
                <h3>Round 1</h3>
                {question.type === "BINARY" ? (
                  <SpreadPlot
                    label="Round 1"
                    points={spreadPoints(question.round1.answers)}
                    median={question.round1.pooled.median[0]!}
                    extremized={question.round1.pooled.extremized[0]!}
                  />
                ) : (
                  <p>
                    Median: {percentList(question.round1.pooled.median)}; extremized:{" "}
                    {percentList(question.round1.pooled.extremized)}
                  </p>
                )}
                <h4>Reasons</h4>
                <ul className="session-reasons">
                  {question.round1.answers.map((answer, i) => (
                    <li key={i} className={answer.mine ? "mine" : undefined}>
                      <strong>{answer.mine ? "You" : answer.participant}</strong>: {percentList(answer.probs)}
                      {answer.rationale ? (
                        <Markdown text={answer.rationale} />
                      ) : (
                        <span className="muted"> — no reason given</span>
                      )}
                    </li>
                  ))}
                </ul>
                {view.step === "round2" && question.mine.round1 && question.mine.round2 && (
                  <p>
                    Your shift: {percentList(question.mine.round1.probs)} → {percentList(question.mine.round2.probs)}
                  </p>
                )}
              </div>
            )}
            {question.round1 && !question.round1.pooled && <p className="muted">Nobody answered in round 1.</p>}
            {question.round2 && question.round2.pooled && question.type === "BINARY" && (
              <div>
                <h3>Round 2</h3>
                <SpreadPlot
                  label="Round 2"
                  points={spreadPoints(question.round2.answers)}
                  median={question.round2.pooled.median[0]!}
                  extremized={question.round2.pooled.extremized[0]!}
                />
              </div>
            )}
          </section>
        );
      })}
    </article>
  );
}
