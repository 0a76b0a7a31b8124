"use client";
// The keyboard-first forecast entry, saving into a practice run: Enter commits the answer and
// the page then shows the outcome.
import { ForecastEntry } from "@/components/forecast/forecast-entry";
import type { ActionResult } from "@/lib/http/action-result";

export type SavePracticeAnswer = (
  runId: string,
  questionId: string,
  input: unknown,
) => Promise<ActionResult<{ id: string }>>;

type Props = {
  runId: string;
  questionId: string;
  type: "BINARY" | "MULTIPLE_CHOICE";
  options: { id: string; label: string }[];
  save: SavePracticeAnswer;
};

export function PracticeAnswer({ runId, questionId, type, options, save }: Props) {
  return (
    <ForecastEntry
      key={questionId}
      questionId={questionId}
      draftKey={`practice-draft:${runId}:${questionId}`}
      save={(id, input) => save(runId, id, input)}
      type={type}
      options={options}
      latest={null}
      autoFocus
      submitLabel="Commit answer and see the outcome"
    />
  );
}
