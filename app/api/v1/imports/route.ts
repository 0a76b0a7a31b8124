import { jsonBody, signedInApiRoute } from "@/lib/http/api-route";
import { importForecasts } from "@/lib/imports/import";
import { MAX_IMPORT_CHARS } from "@/lib/imports/schemas";

// JSON escaping (quotes, newlines) makes the body larger than the file it carries.
const MAX_BODY_BYTES = MAX_IMPORT_CHARS * 2;

export const POST = signedInApiRoute(async ({ db, viewer, request }) =>
  importForecasts(db, viewer, await jsonBody(request, MAX_BODY_BYTES)),
);
