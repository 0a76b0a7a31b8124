// Next.js answers a path with broken percent-encoding ("/api/v1/questions/%E0%A4%A") with a
// plain-text 500 before any route runs; the edge answers it first, as a client error in the
// API's error shape.

export function hasMalformedPath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

export const MALFORMED_PATH_BODY = JSON.stringify({
  error: { code: "bad_request", message: "The URL path is not valid percent-encoding" },
});
