"use server";
import { revalidatePath } from "next/cache";
import { signedInAction, type ActionResult } from "@/lib/http/action";
import { createSource } from "@/lib/sources/create";

export async function submitSource(input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await signedInAction(async ({ db, viewer }) => ({
    id: (await createSource(db, viewer, input)).source.id,
  }));
  if (result.ok) revalidatePath("/sources");
  return result;
}
