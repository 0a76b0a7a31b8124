import { openApiDocument } from "@/lib/api/openapi";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(async () => openApiDocument());
