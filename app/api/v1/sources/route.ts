import { apiRoute, searchParamsOf } from "@/lib/http/api-route";
import { listSources } from "@/lib/sources/queries";
import { listSourcesQuery } from "@/lib/sources/schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute(async ({ db, request }) => {
  const query = parseInput(listSourcesQuery, searchParamsObject(searchParamsOf(request)));
  return listSources(db, query);
});
