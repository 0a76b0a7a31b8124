// Checks every state-changing API request passes before its handler runs: it comes from the
// app's own origin when a browser cookie authenticates it (CSRF), it declares JSON when it has a
// body, and its body is read as a stream that stops at a byte cap.
import { AppError } from "../errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(request: Request): boolean {
  return !SAFE_METHODS.has(request.method.toUpperCase());
}

/**
 * A cookie-authenticated write must come from one of `allowedOrigins`: the Origin header says
 * so, or (when a browser omits it) Sec-Fetch-Site says same-origin. Bearer-key requests carry
 * no ambient credentials and are exempt.
 */
export function checkSameOrigin(request: Request, allowedOrigins: string[]): void {
  if (!isStateChanging(request) || request.headers.has("authorization")) return;
  if (!request.headers.has("cookie")) return;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (allowedOrigins.includes(origin)) return;
    throw new AppError("forbidden", `Cross-site request refused: origin ${origin.slice(0, 100)} is not this workbench`);
  }
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "same-origin") return;
  throw new AppError(
    "forbidden",
    "Cross-site request refused: a signed-in browser request must come from this workbench's own pages (send an Origin header, or use an API key)",
  );
}

/** JSON endpoints accept `application/json` (or a `+json` type) and nothing else. */
export function checkJsonContentType(request: Request): void {
  if (!isStateChanging(request)) return;
  const contentType = request.headers.get("content-type");
  if (contentType === null) {
    if (Number(request.headers.get("content-length") ?? 0) > 0 || request.headers.has("transfer-encoding")) {
      throw new AppError("unsupported_media_type", "Content-Type must be application/json");
    }
    return;
  }
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (mediaType === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) return;
  throw new AppError(
    "unsupported_media_type",
    `Content-Type must be application/json, not ${mediaType.slice(0, 60) || "empty"}`,
  );
}

export function tooLarge(maxBytes: number): AppError {
  const limit =
    maxBytes >= 1024 * 1024 ? `${(maxBytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new AppError("payload_too_large", `The request body is larger than ${limit}`);
}

/** The body as UTF-8 text, read chunk by chunk and abandoned as soon as it passes `maxBytes`. */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}
