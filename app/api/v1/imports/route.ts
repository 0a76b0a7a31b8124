import { jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { progressStream, wantsProgressStream } from "@/lib/http/progress-stream";
import { importForecasts, type ImportProgress } from "@/lib/imports/import";
import { MAX_IMPORT_CHARS } from "@/lib/imports/schemas";

// JSON escaping (quotes, newlines) makes the body larger than the file it carries.
const MAX_BODY_BYTES = MAX_IMPORT_CHARS * 2;

export const POST = signedInApiRoute(async ({ db, viewer, request }) => {
  const body = await jsonBody(request, MAX_BODY_BYTES);
  if (!wantsProgressStream(request)) return importForecasts(db, viewer, body);
  return progressStream<ImportProgress>((report) => importForecasts(db, viewer, body, new Date(), report));
});
