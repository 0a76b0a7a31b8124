"use server";
import { redirect } from "next/navigation";
import { signedInAction, type ActionResult } from "@/lib/http/action";
import { startPractice } from "@/lib/practice/start";

/** The start form: "set" is a theme slug or "2017" for every resolved 2017 question. */
export async function startPracticeRun(_previous: ActionResult<{ id: string }> | null, form: FormData) {
  const set = String(form.get("set") ?? "2017");
  const result = await signedInAction(async ({ db, viewer }) => {
    const { run } = await startPractice(db, viewer, set === "2017" ? {} : { theme: set });
    return { id: run.id };
  });
  // redirect() works by throwing, so it must run outside the action wrapper.
  if (result.ok) redirect(`/practice/${result.data.id}`);
  return result;
}
