// The question page's data, read once per request: the page and its metadata both ask for it,
// and React's cache shares one load between them.
import { cache } from "react";
import { getDb } from "@/lib/db";
import { orNotFound } from "@/lib/http/page-guards";
import { getViewer } from "@/lib/http/session";
import { getQuestion } from "@/lib/questions/queries";
import { questionIdParam } from "@/lib/questions/schemas";
import { parseInput } from "@/lib/validation/parse";

export const loadQuestion = cache(async (id: string) => {
  const viewer = await getViewer();
  return orNotFound(async () => getQuestion(getDb(), parseInput(questionIdParam, { id }).id, viewer));
});
