// Calls real /api/v1 route handlers in-process with real requests, as an HTTP client would, and
// checks every response against the OpenAPI document (./openapi-validation.ts): a status the
// operation does not document, or a body that does not match its schema, fails the test.
import path from "node:path";
import createClient from "openapi-fetch";
import type { Operation } from "openapi-backend";
import type { paths } from "@/lib/api/openapi-types";
import { API_ROOT, documentValidator, expectDocumentedResponse, operationFor } from "./openapi-validation";

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;

const ROUTE_FILES = path.resolve(import.meta.dirname, "../../app/api/v1");

/** `/questions/{id}` → app/api/v1/questions/[id]/route.ts */
const routeFileOf = (operation: Operation) =>
  path.join(ROUTE_FILES, operation.path.replace(/\{([^}]+)\}/g, "[$1]"), "route.ts");

// Route modules are imported on first use, after a test has pointed DATABASE_URL at its database.
async function handlerOf(operation: Operation): Promise<Handler> {
  const routeModule = (await import(/* @vite-ignore */ routeFileOf(operation))) as Record<string, Handler | undefined>;
  const handler = routeModule[operation.method.toUpperCase()];
  if (!handler) throw new Error(`${routeFileOf(operation)} exports no ${operation.method.toUpperCase()}`);
  return handler;
}

let operationsByHandler: Promise<Map<unknown, Operation>> | undefined;

/** Which documented operation a handler function serves (the test imported the same module). */
async function operationOfHandler(handler: unknown): Promise<Operation> {
  operationsByHandler ??= documentValidator().then(async (api) => {
    const operations = api.router.getOperations();
    const handlers = await Promise.all(operations.map(handlerOf));
    return new Map(handlers.map((fn, i) => [fn, operations[i]!]));
  });
  const operation = (await operationsByHandler).get(handler);
  if (!operation) throw new Error("Not a route handler of an operation in the OpenAPI document");
  return operation;
}

/** A route handler that checks each of its responses against the document before returning it. */
export function checked<H>(handler: H): H {
  return (async (request: Request, args: { params: Promise<Record<string, string>> }) => {
    const operation = await operationOfHandler(handler);
    const response = await (handler as Handler)(request, args);
    await expectDocumentedResponse(operation, response);
    return response;
  }) as H;
}

/**
 * Serves a request the way the app's router would: the document's operation names the route
 * file and the path parameters, and the file's exported method handles it.
 */
export async function dispatch(request: Request): Promise<Response> {
  const operation = await operationFor(request.method, request.url);
  const api = await documentValidator();
  const { pathname, search } = new URL(request.url);
  const { params } = api.router.parseRequest(
    { method: request.method.toLowerCase(), path: pathname, query: search, headers: {} },
    operation,
  );
  const handler = await handlerOf(operation);
  // The router hands handlers decoded segments; malformed percent-encoding rejects, as in Next.js.
  const decoded = new Promise<Record<string, string>>((resolve) =>
    resolve(
      Object.fromEntries(Object.entries(params as Record<string, string>).map(([k, v]) => [k, decodeURIComponent(v)])),
    ),
  );
  decoded.catch(() => undefined);
  const response = await handler(request, { params: decoded });
  await expectDocumentedResponse(operation, response);
  return response;
}

/**
 * A client typed from the document (lib/api/openapi-types.ts, openapi-fetch) whose requests are
 * served in-process by the route handlers and whose responses are checked against the document.
 */
export function apiClient(credentials: { key?: string; cookie?: string; origin?: string } = {}) {
  const headers: Record<string, string> = {};
  if (credentials.key) headers.authorization = `Bearer ${credentials.key}`;
  if (credentials.cookie) headers.cookie = credentials.cookie;
  if (credentials.origin) headers.origin = credentials.origin;
  return createClient<paths>({ baseUrl: `http://test${API_ROOT}`, fetch: dispatch, headers });
}

export type ApiClient = ReturnType<typeof apiClient>;

export async function call(
  handler: unknown,
  method: string,
  path: string,
  options: { key?: string; body?: unknown; rawBody?: string; params?: Record<string, string> } = {},
) {
  const headers = new Headers();
  if (options.key) headers.set("authorization", `Bearer ${options.key}`);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers.set("content-type", "application/json");
  const response = await checked(handler as Handler)(new Request(`http://test${path}`, { method, headers, body }), {
    params: Promise.resolve(options.params ?? {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** The Cookie header a browser would send back after this response's Set-Cookie headers. */
export const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
