import { apiRoute, created, jsonBody, searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { createSource } from "@/lib/sources/create";
import { MAX_SOURCE_TEXT_BYTES } from "@/lib/sources/create-schemas";
import { listSources } from "@/lib/sources/queries";
import { listSourcesQuery } from "@/lib/sources/schemas";
import { linkToQuestions } from "@/lib/sources/question-links";
import { sourceAnalysis } from "@/lib/sources/stored-analysis";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

export const GET = apiRoute(async ({ db, request }) => {
  const query = parseInput(listSourcesQuery, searchParamsObject(searchParamsOf(request)));
  return listSources(db, query);
});

// JSON escaping can grow a 1 MB text; the text itself is measured exactly by the service.
const MAX_BODY_BYTES = MAX_SOURCE_TEXT_BYTES * 2;

export const POST = signedInApiRoute(async ({ db, viewer, request }) => {
  const { source, match } = await createSource(db, viewer, await jsonBody(request, MAX_BODY_BYTES));
  // Analysed once here and stored with the source: its page shows the stored analysis.
  const analysed = await sourceAnalysis(db, { id: source.id, text: source.text ?? "" });
  return created({
    source: {
      id: source.id,
      title: source.title,
      author: source.author,
      outlet: source.outlet,
      url: source.url,
      publishedAt: source.publishedAt.toISOString(),
      contentHash: source.contentHash,
      createdAt: source.createdAt.toISOString(),
    },
    duplicateOf: source.duplicateOf
      ? { ...source.duplicateOf, how: match?.how, containment: match?.containment }
      : null,
    // The source is stored whatever the analysis says; a text too slow to analyse says so.
    ...(analysed.analysis
      ? { candidates: await linkToQuestions(db, viewer, analysed.analysis.candidates) }
      : { candidates: null, analysisProblem: analysed.problem }),
  });
});
