"use server";
import { revalidatePath } from "next/cache";
import { signedInAction, type ActionResult } from "@/lib/http/action";
import { advanceSession, answerInSession, updateSessionNotes } from "@/lib/sessions/sessions";

export async function answerInSessionAction(
  sessionId: string,
  questionId: string,
  input: unknown,
): Promise<ActionResult<{ id: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    const answer = await answerInSession(db, viewer, sessionId, { ...(input as object), questionId });
    return { id: answer.id };
  });
  if (result.ok) revalidatePath(`/sessions/${sessionId}`);
  return result;
}

export async function advanceSessionAction(sessionId: string): Promise<ActionResult<{ step: string }>> {
  const result = await signedInAction(({ db, viewer }) => advanceSession(db, viewer, sessionId));
  if (result.ok) revalidatePath(`/sessions/${sessionId}`);
  return result;
}

export async function saveNotesAction(sessionId: string, notes: string): Promise<ActionResult<null>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    await updateSessionNotes(db, viewer, sessionId, { notes });
    return null;
  });
  if (result.ok) revalidatePath(`/sessions/${sessionId}`);
  return result;
}
