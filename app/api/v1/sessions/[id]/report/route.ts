import { searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { reportCsv, sessionReport } from "@/lib/sessions/report";
import { sessionIdParam } from "@/lib/sessions/schemas";
import { parseInput } from "@/lib/validation/parse";

export const GET = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(sessionIdParam, params);
  const report = await sessionReport(db, viewer, id);
  if (searchParamsOf(request).get("format") === "csv") {
    return new Response(reportCsv(report), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="session-${id}.csv"`,
      },
    });
  }
  return report;
});
