import { NextResponse } from "next/server";
import { resolveDatabaseConfig } from "@/lib/db/config";
import { checkHealth } from "@/lib/db/health";
import { apiRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ db }) => {
  const health = await checkHealth(db, resolveDatabaseConfig(process.env.DATABASE_URL));
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503 });
});
