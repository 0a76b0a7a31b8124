// Comments are visible exactly to those who may see their question: every lookup goes through
// the question's visibility rule, and anything else is "not found" (as for the question itself).
import type { Db } from "../db/client";
import { visibleQuestionsWhere, type Viewer } from "../domain/viewer";
import { notFound } from "../errors";

export async function requireVisibleQuestion(db: Db, viewer: Viewer, questionId: string) {
  const question = await db.question.findFirst({
    where: { AND: [{ id: questionId }, visibleQuestionsWhere(viewer)] },
    select: { id: true, teamId: true },
  });
  if (!question) throw notFound("Question");
  return question;
}

/** Where-clause for a comment whose question the viewer may see. */
export const visibleCommentWhere = (viewer: Viewer, commentId: string) => ({
  id: commentId,
  question: visibleQuestionsWhere(viewer),
});
