// Calls real /api/v1 route handlers with real requests, as an HTTP client would.
type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;

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
  const response = await (handler as Handler)(new Request(`http://test${path}`, { method, headers, body }), {
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
