// Who is looking. Every read goes through these rules, so team questions never leak
// through a list, a page, the API or an export.
export type Viewer = { userId: string; role: "USER" | "ADMIN"; teamIds: string[] } | null;

export const ANONYMOUS: Viewer = null;

/** Prisma filter for the questions a viewer may see: public ones, and their teams'. */
export function visibleQuestionsWhere(viewer: Viewer) {
  if (!viewer || viewer.teamIds.length === 0) return { teamId: null };
  return { OR: [{ teamId: null }, { teamId: { in: viewer.teamIds } }] };
}

export function canSeeQuestion(viewer: Viewer, question: { teamId: string | null }): boolean {
  return question.teamId === null || (viewer?.teamIds.includes(question.teamId) ?? false);
}
