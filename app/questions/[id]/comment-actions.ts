"use server";
import { revalidatePath } from "next/cache";
import { createComment, deleteComment, editComment } from "@/lib/comments/write";
import { signedInAction, type ActionResult } from "@/lib/http/action";

export async function postComment(questionId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => ({
    id: (await createComment(db, viewer, questionId, input, new Date())).id,
  }));
  if (result.ok) revalidatePath(`/questions/${questionId}`);
  return result;
}

export async function saveCommentEdit(commentId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    const edited = await editComment(db, viewer, commentId, input, new Date());
    revalidatePath(`/questions/${edited.questionId}`);
    return { id: edited.id };
  });
  return result;
}

export async function removeComment(commentId: string): Promise<ActionResult<{ id: string }>> {
  return signedInAction(async ({ db, viewer }) => {
    const deleted = await deleteComment(db, viewer, commentId, new Date());
    revalidatePath(`/questions/${deleted.questionId}`);
    return { id: deleted.id };
  });
}
