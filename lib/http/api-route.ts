// Every /api/v1 handler is wrapped once: typed errors become `{ error: { code, message, issues? } }`
// with their status; anything unexpected is logged and answered 500 without internals.
import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "../errors";
import { getDb, type Db } from "../db";
import { ANONYMOUS, type Viewer } from "../domain/viewer";

export type ApiContext<P> = { db: Db; viewer: Viewer; params: P; request: Request };

type RouteArgs<P> = { params: Promise<P> };

export function errorResponse(error: AppError) {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } },
    { status: error.status },
  );
}

export function apiRoute<P = Record<string, never>>(handler: (context: ApiContext<P>) => Promise<Response | unknown>) {
  return async (request: Request, args: RouteArgs<P>): Promise<Response> => {
    try {
      const params = args?.params ? await args.params : ({} as P);
      const result = await handler({ db: getDb(), viewer: ANONYMOUS, params, request });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error);
      console.error("Unhandled API error", error);
      return errorResponse(new AppError("internal", "Something went wrong on our side; the request was not applied."));
    }
  };
}

export function searchParamsOf(request: Request): URLSearchParams {
  return new URL(request.url).searchParams;
}
