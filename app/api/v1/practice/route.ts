import { created, jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { toAsOfJson } from "@/lib/practice/json";
import { startPractice } from "@/lib/practice/start";

export const POST = signedInApiRoute(async ({ db, viewer, request }) => {
  // An empty body is allowed: it starts a run over all 2017 questions.
  const text = (await request.clone().text()).trim();
  const body = text === "" ? {} : await jsonBody(request);
  const { run, questions } = await startPractice(db, viewer, body);
  return created({
    runId: run.id,
    theme: run.theme,
    createdAt: run.createdAt.toISOString(),
    questions: questions.map(toAsOfJson),
  });
});
