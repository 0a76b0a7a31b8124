// What a viewer may learn about a question's condition ("counts only if question X resolves
// Yes"). New conditions are at least as visible as their question (lib/questions/create.ts), but
// rows written before that rule can pair a public question with a team question. Reads then
// name the condition as "a condition you cannot see": no id, no title, and no annulment note or
// resolver that would tell how the condition resolved.
import { canSeeQuestion, type Viewer } from "../domain/viewer";

/** How lib/questions/resolve.ts begins the note of an annulment that follows a failed condition. */
export const AUTO_ANNULMENT_NOTE = "Annulled automatically";
export const HIDDEN_CONDITION = "a condition you cannot see";
export const HIDDEN_ANNULMENT_NOTE = `${AUTO_ANNULMENT_NOTE} because of ${HIDDEN_CONDITION}.`;

type ConditionRef = { teamId: string | null } | null;

export function conditionHiddenFrom(viewer: Viewer, condition: ConditionRef): boolean {
  return condition !== null && !canSeeQuestion(viewer, condition);
}

type ResolutionRow = { outcome: string; note: string; recordedById: string | null };

/** An automatic annulment tells what its condition did, and who resolved it: both go. */
function redactAnnulment<R extends ResolutionRow>(row: R): R {
  if (row.outcome !== "ANNULLED" || !row.note.startsWith(AUTO_ANNULMENT_NOTE)) return row;
  return {
    ...row,
    note: HIDDEN_ANNULMENT_NOTE,
    recordedById: null,
    ...("recordedBy" in row ? { recordedBy: null } : {}),
  };
}

/** A question row (list or detail) as the viewer may see it; `conditionHidden` says why the condition is gone. */
export function withVisibleCondition<Q extends { conditionQuestionId: string | null; conditionQuestion: ConditionRef }>(
  question: Q,
  viewer: Viewer,
): Q & { conditionHidden: boolean } {
  if (!conditionHiddenFrom(viewer, question.conditionQuestion)) return { ...question, conditionHidden: false };
  return { ...question, conditionQuestionId: null, conditionQuestion: null, conditionHidden: true };
}

/** The same for a question page, whose resolution history may hold the annulment that tells too much. */
export function withVisibleConditionDetail<
  Q extends {
    conditionQuestionId: string | null;
    conditionQuestion: ConditionRef;
    currentResolution: ResolutionRow | null;
    resolutions: ResolutionRow[];
  },
>(question: Q, viewer: Viewer): Q & { conditionHidden: boolean } {
  const visible = withVisibleCondition(question, viewer);
  if (!visible.conditionHidden) return visible;
  return {
    ...visible,
    currentResolution: visible.currentResolution && redactAnnulment(visible.currentResolution),
    resolutions: visible.resolutions.map(redactAnnulment),
  };
}
