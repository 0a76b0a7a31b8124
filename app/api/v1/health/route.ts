// A plain handler on purpose: no session, API key, rate limit or auth setup runs before the
// database check, so the answer reflects the database alone and costs one query. Anyone may call
// it (load balancers, uptime checks): failures say "database unreachable" and nothing more.
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { resolveDatabaseConfig, type DatabaseConfig } from "@/lib/db/config";
import { checkHealth, unreachableHealth, type Health } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// Same call shape as every other route handler (request, route context); neither is needed.
export const GET: (request?: Request, context?: unknown) => Promise<Response> = async () => {
  let health: Health;
  let config: DatabaseConfig | null = null;
  try {
    config = resolveDatabaseConfig(process.env.DATABASE_URL);
    health = await checkHealth(getDb(), config);
  } catch (error) {
    console.error(`Health check failed: ${error instanceof Error ? error.message : String(error)}`);
    health = unreachableHealth({ provider: config?.provider ?? "sqlite" });
  }
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
};
