// The API's OpenAPI 3.1 document, built from the operation list (./operations.ts): request
// schemas are the zod schemas the handlers parse with (io "input"), response schemas describe
// what they send (io "output"), and the error statuses each operation can answer follow from
// how lib/http/api-route.ts wraps it, plus the ones the operation names itself.
import { z } from "zod";
import { errorBody } from "./responses/common";
import { OPERATIONS, type Operation } from "./operations";

type JsonSchema = Record<string, unknown>;

// Dates a server-side caller may pass as Date objects arrive over HTTP as ISO strings.
const dateAsString = ({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema }) => {
  if (zodSchema._zod.def.type === "date") Object.assign(jsonSchema, { type: "string", format: "date-time" });
};

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  // The document's dialect is JSON Schema 2020-12 already (OpenAPI 3.1), so each schema drops its own `$schema`.
  const json = z.toJSONSchema(schema, { io, unrepresentable: "any", override: dateAsString }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parameters(schema: z.ZodObject, where: "path" | "query") {
  const json = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required?.includes(name) ?? false),
    schema: property,
  }));
}

const retryAfter = {
  "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer" } },
};

/** Every error status an operation can answer, with why. */
export function errorStatuses(operation: Operation): Map<number, string> {
  const statuses = new Map<number, string>();
  if (operation.access === "plain") return statuses;
  const writes = operation.method !== "get";
  const add = (status: number, why: string) => statuses.set(status, why);
  if (operation.pathParams || operation.query || writes) add(400, "Bad input: `error.issues` names each field");
  add(
    401,
    operation.access === "signed-in"
      ? "No credentials, or an API key that is unknown or revoked"
      : "An API key that is unknown or revoked (no credentials at all is fine)",
  );
  if (writes) add(403, "A cookie-authenticated write from another origin is refused");
  if (operation.pathParams) add(404, "Not found, or not visible to you");
  if (writes) add(409, "Conflicts with a concurrent or repeated request");
  if (operation.body) add(413, "The body is larger than the limit");
  if (writes) add(415, "The body is not application/json");
  if (writes) add(429, "Over the write rate limit; see Retry-After");
  add(500, "An unexpected fault; the request was not applied");
  add(503, "The database is unreachable; see Retry-After");
  for (const [status, why] of Object.entries(operation.errors ?? {})) {
    const general = statuses.get(Number(status));
    add(Number(status), general ? `${why}. Also: ${general}` : why);
  }
  return new Map([...statuses].sort(([a], [b]) => a - b));
}

function errorResponse(status: number, description: string) {
  return {
    description,
    ...(status === 429 || status === 503 ? { headers: retryAfter } : {}),
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  };
}

function responses(operation: Operation) {
  const documented: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    documented[status] = {
      description: response.description,
      ...(response.content
        ? {
            content: Object.fromEntries(
              Object.entries(response.content).map(([type, schema]) => [type, { schema: toSchema(schema, "output") }]),
            ),
          }
        : {}),
    };
  }
  for (const [status, why] of errorStatuses(operation)) documented[String(status)] ??= errorResponse(status, why);
  return documented;
}

const SECURITY = {
  "signed-in": [{ apiKey: [] }, { session: [] }],
  public: [{ apiKey: [] }, { session: [] }, {}],
  plain: [],
} as const;

function operationObject(operation: Operation) {
  const params = [
    ...(operation.pathParams ? parameters(operation.pathParams, "path") : []),
    ...(operation.query ? parameters(operation.query, "query") : []),
  ];
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    security: SECURITY[operation.access],
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: !operation.body.optional,
            content: { "application/json": { schema: toSchema(operation.body.schema, "input") } },
          },
        }
      : {}),
    responses: responses(operation),
  };
}

export function openApiDocument(operations: readonly Operation[] = OPERATIONS) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: operationObject(operation) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Forecast Workbench API",
      version: "1",
      description:
        "Questions, forecasts, resolutions, scores, practice, calibration sessions, sources and teams. Authenticate with the session cookie or `Authorization: Bearer <api key>` (create keys on /settings). Every error is `{ error: { code, message, issues? } }`.",
    },
    servers: [{ url: "/api/v1" }],
    tags: [...new Set(operations.map((operation) => operation.tag))].map((name) => ({ name })),
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "An API key made on /settings" },
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
      schemas: { Error: toSchema(errorBody, "output") },
    },
    paths,
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
