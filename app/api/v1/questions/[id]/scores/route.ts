import { apiRoute } from "@/lib/http/api-route";
import { questionIdParam } from "@/lib/questions/schemas";
import { questionScores } from "@/lib/scoring/queries";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute<{ id: string }>(async ({ db, viewer, params }) => {
  const { id } = parseInput(questionIdParam, params);
  const result = await questionScores(db, viewer, id);
  return {
    scored: result.scored,
    resolution: result.resolution
      ? { ...result.resolution, occurredAt: result.resolution.occurredAt.toISOString() }
      : null,
    summary: result.summary,
    ...(result.hiddenReason ? { hiddenReason: result.hiddenReason } : {}),
    items: result.items.map((item) => ({ ...item, computedAt: item.computedAt.toISOString() })),
  };
});
