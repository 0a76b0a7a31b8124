"use server";
import { revalidatePath } from "next/cache";
import { recordForecast } from "@/lib/forecasts/record";
import { signedInAction, type ActionResult } from "@/lib/http/action";
import { resolveQuestion } from "@/lib/questions/resolve";

export async function submitForecast(questionId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    const forecast = await recordForecast(db, viewer, questionId, input);
    return { id: forecast.id };
  });
  if (result.ok) {
    revalidatePath(`/questions/${questionId}`);
    revalidatePath("/forecast");
  }
  return result;
}

export async function submitResolution(
  questionId: string,
  input: unknown,
): Promise<ActionResult<{ annulled: number; scored: number }>> {
  const result = await signedInAction(async ({ db, viewer }) => {
    const outcome = await resolveQuestion(db, viewer, questionId, input);
    return { annulled: outcome.annulledQuestionIds.length, scored: outcome.scoredForecasters };
  });
  if (result.ok) revalidatePath(`/questions/${questionId}`);
  return result;
}
