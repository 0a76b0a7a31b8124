import { NextResponse } from "next/server";
import { z } from "zod";
import { actorOf, recordAudit } from "@/lib/audit/record";
import { searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { reportCsv, sessionReport } from "@/lib/sessions/report";
import { sessionIdParam } from "@/lib/sessions/schemas";
import { parseInput } from "@/lib/validation/parse";

const reportFormat = z.object({
  format: z.enum(["csv", "json"], { error: "format must be csv or json" }).optional(),
});

// Every copy of a report that leaves the server is an export, and goes into the audit log: the
// CSV, and the JSON (asked for with format=json as a download, or plainly, as the page's link does).
export const GET = signedInApiRoute<{ id: string }>(async ({ db, viewer, params, request }) => {
  const { id } = parseInput(sessionIdParam, params);
  const query = searchParamsOf(request);
  const { format } = parseInput(reportFormat, { format: query.get("format") || undefined });
  const report = await sessionReport(db, viewer, id);
  await recordAudit(db, {
    actor: actorOf(viewer),
    action: "session.report-exported",
    target: { type: "session", id },
    after: { format: format ?? "json", questions: report.questions.length },
  });
  if (format === "csv") {
    return new Response(reportCsv(report), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="session-${id}.csv"`,
      },
    });
  }
  if (format === "json") {
    return NextResponse.json(report, {
      headers: { "content-disposition": `attachment; filename="session-${id}.json"` },
    });
  }
  return report;
});
