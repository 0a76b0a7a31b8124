// Who is looking. Every read goes through these rules, so team questions never leak
// through a list, a page, the API or an export.
export type SignedInViewer = { userId: string; name: string; role: "USER" | "ADMIN"; teamIds: string[] };
export type Viewer = SignedInViewer | null;

export const ANONYMOUS: Viewer = null;

/** Prisma filter for the questions a viewer may see: public ones, and their teams'. */
export function visibleQuestionsWhere(viewer: Viewer) {
  if (!viewer || viewer.teamIds.length === 0) return { teamId: null };
  return { OR: [{ teamId: null }, { teamId: { in: viewer.teamIds } }] };
}

export function canSeeQuestion(viewer: Viewer, question: { teamId: string | null }): boolean {
  return question.teamId === null || (viewer?.teamIds.includes(question.teamId) ?? false);
}

/** Resolving is for the question's creator and administrators. */
export function canResolveQuestion(viewer: Viewer, question: { createdById: string | null }): boolean {
  return Boolean(viewer && (viewer.role === "ADMIN" || question.createdById === viewer.userId));
}
