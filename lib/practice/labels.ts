// How a run is named in lists: by its theme, or as a set of questions.
import { themeLabel } from "../domain/themes";

export function runLabel(run: { theme: string | null; total: number }): string {
  return run.theme
    ? `${themeLabel(run.theme)} (${run.total} ${run.total === 1 ? "question" : "questions"})`
    : `${run.total} questions`;
}
