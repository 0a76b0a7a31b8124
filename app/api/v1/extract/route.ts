import { apiRoute, jsonBody } from "@/lib/http/api-route";
import { analyseText } from "@/lib/sources/candidates";
import { linkToQuestions } from "@/lib/sources/question-links";
import { MAX_SOURCE_TEXT_BYTES } from "@/lib/sources/create-schemas";
import { extractInput } from "@/lib/sources/extract-schemas";
import { checkSourceText } from "@/lib/sources/text-checks";
import { parseInput } from "@/lib/validation/parse";

// Pure analysis: nothing is stored, so no account is needed.
export const POST = apiRoute(async ({ db, viewer, request }) => {
  const { text } = parseInput(extractInput, await jsonBody(request, MAX_SOURCE_TEXT_BYTES * 2));
  checkSourceText(text);
  const { candidates, debris } = await analyseText(text);
  return { candidates: await linkToQuestions(db, viewer, candidates), debris };
});
