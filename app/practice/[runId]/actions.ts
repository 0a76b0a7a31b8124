"use server";
import { revalidatePath } from "next/cache";
import { signedInAction, type ActionResult } from "@/lib/http/action";
import { answerPractice } from "@/lib/practice/answer";

export async function submitPracticeAnswer(
  runId: string,
  questionId: string,
  input: unknown,
): Promise<ActionResult<{ id: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    const body = typeof input === "object" && input !== null ? { ...input, questionId } : input;
    const answered = await answerPractice(db, viewer, runId, body);
    return { id: answered.forecast.id };
  });
  if (result.ok) revalidatePath(`/practice/${runId}`);
  return result;
}
