import { created, optionalJsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { toAsOfJson } from "@/lib/practice/json";
import { startPractice } from "@/lib/practice/start";

export const POST = signedInApiRoute(async ({ db, viewer, request }) => {
  // An empty body is allowed: it starts a run over all 2017 questions.
  const { run, questions } = await startPractice(db, viewer, await optionalJsonBody(request));
  return created({
    runId: run.id,
    theme: run.theme,
    createdAt: run.createdAt.toISOString(),
    questions: questions.map(toAsOfJson),
  });
});
