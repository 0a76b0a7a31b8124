// Every /api/v1 handler is wrapped once: state-changing requests pass the origin, content-type
// and rate-limit checks, the caller is identified (API key or session cookie), typed errors
// become `{ error: { code, message, issues? } }` with their status, database conflicts become
// 409, and anything unexpected is logged and answered 500 without internals.
import "server-only";
import { NextResponse } from "next/server";
import { viewerFromHeaders } from "../auth/viewer";
import { clientIpOf } from "../deployment/forwarded";
import { AppError } from "../errors";
import { getDb, type Db } from "../db";
import { isDatabaseBusy, isDatabaseUnavailable, isUniqueViolation } from "../db/errors";
import type { SignedInViewer, Viewer } from "../domain/viewer";
import { enforceRateLimit, rateRules } from "../security/rate-limit";
import { checkJsonContentType, checkSameOrigin, isStateChanging, readBodyText } from "./request-guards";
import { allowedOrigins, getAuth } from "./session";

export type ApiContext<P> = { db: Db; viewer: Viewer; params: P; request: Request };
export type SignedInApiContext<P> = ApiContext<P> & { viewer: SignedInViewer };

type RouteArgs<P> = { params: Promise<P> };

export function errorResponse(error: AppError) {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } },
    {
      status: error.status,
      headers: error.retryAfterSeconds ? { "Retry-After": String(error.retryAfterSeconds) } : undefined,
    },
  );
}

/** Database errors a client caused (a duplicate, a vanished row) are not server faults. */
export function databaseErrorAsAppError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (isUniqueViolation(error))
    return new AppError("conflict", "This already exists (a concurrent or repeated request)");
  if (code === "P2025") return new AppError("not_found", "The record was not found (it may have just been removed)");
  if (code === "P2003") return new AppError("conflict", "A record this refers to no longer exists");
  return null;
}

async function readParams<P>(args: RouteArgs<P> | undefined): Promise<P> {
  try {
    return args?.params ? await args.params : ({} as P);
  } catch (error) {
    if (error instanceof URIError) throw new AppError("bad_request", "The URL path is not valid percent-encoding");
    throw error;
  }
}

function wrap<P>(handler: (context: ApiContext<P>) => Promise<Response | unknown>) {
  return async (request: Request, args: RouteArgs<P>): Promise<Response> => {
    try {
      const params = await readParams(args);
      const writes = isStateChanging(request);
      if (writes) {
        checkSameOrigin(request, allowedOrigins(request.headers, request.url));
        checkJsonContentType(request);
      }
      const db = getDb();
      const viewer = await viewerFromHeaders(db, await getAuth(request.headers, request.url), request.headers);
      if (writes) {
        const identity = viewer ? `user:${viewer.userId}` : `address:${clientIpOf(request.headers)}`;
        await enforceRateLimit(db, rateRules.write(), identity);
      }
      const result = await handler({ db, viewer, params, request });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(asAppError(error));
    }
  };
}

/** What a failed request tells its client: its own errors as they are, everything else mapped. */
export function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const known = databaseErrorAsAppError(error);
  if (known) return known;
  if (isDatabaseBusy(error)) {
    const busy = new AppError("unavailable", "The database is busy with other changes; try again in a moment");
    busy.retryAfterSeconds = 2;
    return busy;
  }
  if (isDatabaseUnavailable(error)) {
    console.error("API request while the database is unreachable", (error as Error).message.split("\n").at(-1));
    const unavailable = new AppError("unavailable", "The database is not reachable right now; try again in a moment");
    unavailable.retryAfterSeconds = 5;
    return unavailable;
  }
  console.error("Unhandled API error", error);
  return new AppError("internal", "Something went wrong on our side; the request was not applied.");
}

/** A route anyone may call; what they see still depends on who they are. */
export function apiRoute<P = Record<string, never>>(handler: (context: ApiContext<P>) => Promise<Response | unknown>) {
  return wrap(handler);
}

/** A route that needs credentials: 401 without a session cookie or API key. */
export function signedInApiRoute<P = Record<string, never>>(
  handler: (context: SignedInApiContext<P>) => Promise<Response | unknown>,
) {
  return wrap<P>(async (context) => {
    if (!context.viewer) {
      throw new AppError("unauthorized", "Sign in, or send 'Authorization: Bearer <api key>'");
    }
    return handler(context as SignedInApiContext<P>);
  });
}

export function searchParamsOf(request: Request): URLSearchParams {
  return new URL(request.url).searchParams;
}

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** Reads a JSON body: too large is a 413, not JSON is a 400, each naming the problem. */
export async function jsonBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  return parseJsonText(await readBodyText(request, maxBytes), false);
}

/** A JSON body that may be omitted entirely (then `{}`). */
export async function optionalJsonBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  return parseJsonText(await readBodyText(request, maxBytes), true);
}

function parseJsonText(text: string, optional: boolean): unknown {
  if (text.trim() === "") {
    if (optional) return {};
    throw new AppError("bad_request", "The request body is empty; send a JSON object");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON");
  }
}

export const created = (body: unknown) => NextResponse.json(body, { status: 201 });
