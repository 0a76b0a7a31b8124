import { signedInApiRoute } from "@/lib/http/api-route";
import { toRunJson } from "@/lib/practice/json";
import { getPracticeRun } from "@/lib/practice/run";
import { practiceRunParam } from "@/lib/practice/schemas";
import { parseInput } from "@/lib/validation/parse";

export const GET = signedInApiRoute<{ runId: string }>(async ({ db, viewer, params }) => {
  const { runId } = parseInput(practiceRunParam, params);
  return toRunJson(await getPracticeRun(db, viewer, runId));
});
