// Every /api/v1 handler is wrapped once: the caller is identified (API key or session cookie),
// typed errors become `{ error: { code, message, issues? } }` with their status, and anything
// unexpected is logged and answered 500 without internals.
import "server-only";
import { NextResponse } from "next/server";
import { viewerFromHeaders } from "../auth/viewer";
import { AppError } from "../errors";
import { getDb, type Db } from "../db";
import type { SignedInViewer, Viewer } from "../domain/viewer";
import { getAuth } from "./session";

export type ApiContext<P> = { db: Db; viewer: Viewer; params: P; request: Request };
export type SignedInApiContext<P> = ApiContext<P> & { viewer: SignedInViewer };

type RouteArgs<P> = { params: Promise<P> };

export function errorResponse(error: AppError) {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } },
    { status: error.status },
  );
}

function wrap<P>(handler: (context: ApiContext<P>) => Promise<Response | unknown>) {
  return async (request: Request, args: RouteArgs<P>): Promise<Response> => {
    try {
      const params = args?.params ? await args.params : ({} as P);
      const db = getDb();
      const viewer = await viewerFromHeaders(db, await getAuth(), request.headers);
      const result = await handler({ db, viewer, params, request });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error);
      console.error("Unhandled API error", error);
      return errorResponse(new AppError("internal", "Something went wrong on our side; the request was not applied."));
    }
  };
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
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw tooLarge(maxBytes);
  if (text.trim() === "") throw new AppError("bad_request", "The request body is empty; send a JSON object");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON");
  }
}

export const created = (body: unknown) => NextResponse.json(body, { status: 201 });

function tooLarge(maxBytes: number) {
  const limit =
    maxBytes >= 1024 * 1024 ? `${(maxBytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new AppError("payload_too_large", `The request body is larger than ${limit}`);
}

/** A JSON body that may be omitted entirely (then `{}`). */
export async function optionalJsonBody(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const text = await request.clone().text();
  return text.trim() === "" ? {} : jsonBody(request, maxBytes);
}
