// Checks a response of /api/v1 against the OpenAPI document the server publishes: the status
// must be one the operation documents, the media type one documented for that status, and a
// JSON body must match the status's schema.
//
// The validator is openapi-backend: maintained, framework-agnostic, it matches a method and
// path to the document's operation (path templates included) and compiles every response
// schema by status. Its default Ajv speaks draft-07, so it is handed Ajv's JSON Schema
// 2020-12 build (the dialect of OpenAPI 3.1 and of zod's z.toJSONSchema) with ajv-formats.
// openapi-response-validator, jest-openapi and the like only read OpenAPI 3.0. openapi-backend
// passes a status it has no schema for, so the status check is made here; and its check of the
// document itself knows only the 3.0 schema, so lib/api/openapi.test.ts checks the document
// against the 3.1 schema instead (@seriousme/openapi-schema-validator).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import OpenAPIBackend, { type Operation } from "openapi-backend";
import { openApiDocument } from "@/lib/api/openapi";

export const API_ROOT = "/api/v1";

/** openapi-backend, minus its OpenAPI 3.0 check of the document (see above). */
class OpenApi31Backend extends OpenAPIBackend {
  override validateDefinition() {
    return this.document;
  }
}

let backend: Promise<OpenAPIBackend> | undefined;

/** The validator, built once per test file from the document as the server builds it. */
export function documentValidator(): Promise<OpenAPIBackend> {
  backend ??= (async () => {
    const api = new OpenApi31Backend({
      definition: openApiDocument() as never,
      apiRoot: API_ROOT,
      // Fail on a document it cannot read (a broken $ref), instead of warning.
      strict: true,
      // Compiles an operation's validators when a test first needs them, not all 35 up front.
      quick: true,
      customizeAjv: (_draft07, options) => {
        const ajv = new Ajv2020({ ...options, strict: false, allErrors: true });
        addFormats(ajv);
        return ajv as never;
      },
    });
    await api.init();
    return api;
  })();
  return backend;
}

export async function operationFor(method: string, url: string): Promise<Operation> {
  const api = await documentValidator();
  const { pathname, search } = new URL(url);
  const operation = api.router.matchOperation({
    method: method.toLowerCase(),
    path: pathname,
    query: search,
    headers: {},
  });
  if (!operation) throw new Error(`${method.toUpperCase()} ${pathname} is not an operation of the OpenAPI document`);
  return operation;
}

type DocumentedResponse = { content?: Record<string, unknown> };

/** Throws, naming what differs, unless the response is one the document allows for the operation. */
export async function expectDocumentedResponse(operation: Operation, response: Response): Promise<void> {
  const api = await documentValidator();
  const where = `${operation.method.toUpperCase()} ${operation.path} (${operation.operationId})`;
  const documented = (operation.responses as Record<string, DocumentedResponse> | undefined)?.[String(response.status)];
  if (!documented) {
    const statuses = Object.keys(operation.responses ?? {}).join(", ");
    const excerpt = await response
      .clone()
      .text()
      .then((text) => text.slice(0, 300));
    throw new Error(`${where} answered ${response.status}, which the document does not list (${statuses}): ${excerpt}`);
  }
  if (!documented.content) {
    const text = await response.clone().text();
    if (text !== "") throw new Error(`${where} ${response.status} has a body, but the document says it has none`);
    return;
  }
  const mediaType = response.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!(mediaType in documented.content)) {
    throw new Error(
      `${where} ${response.status} was sent as "${mediaType}", documented: ${Object.keys(documented.content).join(", ")}`,
    );
  }
  // A stream (server-sent events) is open-ended: its media type is all there is to check here.
  if (mediaType !== "application/json") return;
  const body: unknown = await response.clone().json();
  const result = api.validateResponse(body, operation, response.status);
  if (!result.valid) {
    const problems = (result.errors ?? [])
      .map((error) => `${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`)
      .slice(0, 10);
    throw new Error(
      `${where} ${response.status} does not match the document:\n  ${problems.join("\n  ")}\n${JSON.stringify(body).slice(0, 500)}`,
    );
  }
}
