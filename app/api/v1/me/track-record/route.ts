import { searchParamsOf, signedInApiRoute } from "@/lib/http/api-route";
import { trackRecord } from "@/lib/scoring/queries";
import { trackRecordQuery } from "@/lib/scoring/schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

export const GET = signedInApiRoute(async ({ db, viewer, request }) => {
  const filter = parseInput(trackRecordQuery, searchParamsObject(searchParamsOf(request)));
  const record = await trackRecord(db, viewer, filter);
  return {
    user: { id: viewer.userId, name: viewer.name },
    ...record,
    questions: record.questions.map((q) => ({ ...q, occurredAt: q.occurredAt.toISOString() })),
    overTime: record.overTime.map((point) => ({ ...point, t: new Date(point.t).toISOString() })),
  };
});
