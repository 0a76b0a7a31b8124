import { toNextJsHandler } from "better-auth/next-js";
import { guardAuthEndpoint } from "@/lib/http/auth-endpoint-guard";
import { getAuth } from "@/lib/http/session";

async function handle(request: Request) {
  const refused = await guardAuthEndpoint(request);
  if (refused) return refused;
  return (await getAuth(request.headers, request.url)).handler(request);
}

export const { GET, POST } = toNextJsHandler(handle);
