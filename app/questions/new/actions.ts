"use server";
import { revalidatePath } from "next/cache";
import { signedInAction, type ActionResult } from "@/lib/http/action";
import { createQuestion } from "@/lib/questions/create";

export async function submitQuestion(input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => ({ id: (await createQuestion(db, viewer, input)).id }));
  if (result.ok) revalidatePath("/questions");
  return result;
}
