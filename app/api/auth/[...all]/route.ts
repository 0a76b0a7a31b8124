import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/http/session";

async function handle(request: Request) {
  return (await getAuth()).handler(request);
}

export const { GET, POST } = toNextJsHandler(handle);
