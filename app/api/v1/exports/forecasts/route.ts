import { actorOf, recordAudit } from "@/lib/audit/record";
import { forecastExport } from "@/lib/exports/forecasts";
import { forecastExportQuery } from "@/lib/exports/schemas";
import { csvChunks, jsonChunks, textStream } from "@/lib/exports/stream";
import { searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

// Every export is checked before its first byte and recorded in the audit log; the rows are then
// streamed a page at a time.
export const GET = signedInApiRoute(async ({ db, viewer, request }) => {
  const query = parseInput(forecastExportQuery, searchParamsObject(searchParamsOf(request)));
  const exported = await forecastExport(db, viewer, query);
  const now = new Date();
  await recordAudit(
    db,
    {
      actor: actorOf(viewer),
      action: "forecasts.exported",
      target: exported.target,
      after: { scope: query.scope, format: query.format },
    },
    now,
  );
  const csv = query.format === "csv";
  return new Response(textStream(csv ? csvChunks(exported.rows) : jsonChunks(exported, now)), {
    headers: {
      "content-type": csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${exported.name}.${query.format}"`,
      "cache-control": "no-store",
    },
  });
});
