import { apiRoute } from "@/lib/http/api-route";
import { getSource } from "@/lib/sources/queries";
import { sourceIdParam } from "@/lib/sources/schemas";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute<{ id: string }>(async ({ db, viewer, params }) => {
  const { id } = parseInput(sourceIdParam, params);
  return getSource(db, id, viewer);
});
