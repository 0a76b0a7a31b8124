// Sends a hostile request to a real /api/v1 route handler and reports exactly what came back,
// without assuming the answer is JSON (tests/support/api-client.ts call() would throw on a
// plain-text 500, which is one of the things these tests look for).
import { checked } from "./api-client";
import { toJsonText, type HostileBody } from "./fuzz-hostile";

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type HostileRequest = {
  method: string;
  body: HostileBody;
  /** Path parameters as the handler receives them. */
  params: Record<string, string>;
  /**
   * Next decodes dynamic segments before the handler runs; malformed percent-encoding makes that
   * decode throw. A handler called directly cannot see the router, so this simulates the
   * failure as a params promise that rejects with the URIError decodeURIComponent throws. Only
   * an e2e request through the real router proves the whole HTTP path.
   */
  paramsDecodeFails?: boolean;
};

export type HostileResponse = {
  status: number;
  contentType: string;
  text: string;
  json: unknown;
  /** The request body as sent, for failure reports and classification. */
  sentText: string;
};

export const NOT_JSON = Symbol("not JSON");

export function bodyText(body: HostileBody): string {
  switch (body.kind) {
    case "json":
      return toJsonText(body.value);
    case "text":
      return body.text;
    case "bytes":
      return Buffer.from(body.bytes).toString("latin1");
    case "none":
      return "";
  }
}

export async function sendHostile(handler: unknown, key: string | undefined, request: HostileRequest) {
  const headers = new Headers();
  if (key) headers.set("authorization", `Bearer ${key}`);
  let payload: string | Uint8Array | undefined;
  const { body } = request;
  if (body.kind === "json") {
    payload = toJsonText(body.value);
    headers.set("content-type", "application/json");
  } else if (body.kind === "text") {
    payload = body.text;
    headers.set("content-type", body.contentType ?? "application/json");
  } else if (body.kind === "bytes") {
    payload = body.bytes;
    headers.set("content-type", body.contentType ?? "application/json");
  }
  if (body.kind !== "none" && headers.get("content-type") === "") headers.delete("content-type");
  const params = request.paramsDecodeFails
    ? Promise.reject(new URIError("URI malformed"))
    : Promise.resolve(request.params);
  // An unobserved rejection must not fail the run when a handler never awaits its params.
  params.catch(() => undefined);
  const url = `http://test/api/v1/fuzz`;
  // Hostile or not, whatever comes back must be a response the OpenAPI document allows.
  const response = await checked(handler as Handler)(
    new Request(url, { method: request.method, headers, body: payload as BodyInit | undefined }),
    { params },
  );
  const text = await response.text();
  let json: unknown = NOT_JSON;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = NOT_JSON;
  }
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    text,
    json,
    sentText: bodyText(body),
  } satisfies HostileResponse;
}
