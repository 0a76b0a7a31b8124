// The endpoints about the service itself: health and this document.
import { z } from "zod";

export const health = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.object({
    reachable: z.boolean(),
    provider: z.enum(["sqlite", "postgresql"]),
    error: z.literal("database unreachable").optional(),
  }),
  migrations: z.object({
    applied: z.number().int(),
    committed: z.number().int(),
    pending: z.array(z.string()).describe("Committed migrations the database has not applied"),
  }),
});

export const openApiDocumentBody = z
  .object({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }).loose() })
  .loose()
  .describe("This OpenAPI 3.1 document");
