// The Next.js side of authentication: one auth instance per origin the app is reached at, and
// guards that read as sentences for pages and server actions.
import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { createAuth, type Auth, type AuthSite } from "../auth/auth";
import { instanceSecret } from "../auth/instance-secret";
import { viewerFromHeaders } from "../auth/viewer";
import { getDb } from "../db";
import { readDeploymentConfig, type DeploymentConfig } from "../deployment/config";
import { requestOriginOf } from "../deployment/forwarded";
import type { SignedInViewer, Viewer } from "../domain/viewer";

const MAX_CACHED_ORIGINS = 32;
const holder = globalThis as unknown as {
  workbenchAuth?: Map<string, Promise<Auth>>;
  workbenchDeployment?: DeploymentConfig;
};

function deployment(): DeploymentConfig {
  holder.workbenchDeployment ??= readDeploymentConfig();
  return holder.workbenchDeployment;
}

/** The site a request belongs to: the configured public URL, else the request's own origin. */
export function siteFor(requestHeaders: Headers, requestUrl?: string): AuthSite {
  const config = deployment();
  const origin =
    config.publicOrigin ??
    requestOriginOf(requestHeaders, requestUrl) ??
    `http://localhost:${process.env.PORT?.trim() || "3000"}`;
  return {
    origin,
    secureCookies: origin.startsWith("https:"),
    trustedOrigins: [...new Set([origin, ...config.trustedOrigins])],
  };
}

export function getAuth(requestHeaders: Headers, requestUrl?: string): Promise<Auth> {
  const site = siteFor(requestHeaders, requestUrl);
  const cache = (holder.workbenchAuth ??= new Map());
  const cached = cache.get(site.origin);
  if (cached) return cached;
  if (cache.size >= MAX_CACHED_ORIGINS) cache.delete(cache.keys().next().value as string);
  const created = (async () => createAuth(getDb(), await instanceSecret(getDb()), site))();
  cache.set(site.origin, created);
  // A failure (the database down at the first request) must not be remembered: the next
  // request tries again.
  created.catch(() => {
    if (cache.get(site.origin) === created) cache.delete(site.origin);
  });
  return created;
}

/**
 * The signed-in viewer of the page being rendered. The layout, the page and its metadata all
 * ask; React's cache makes that one session lookup per request.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const requestHeaders = new Headers(await headers());
  // Pages authenticate by cookie only; API keys are for /api/v1.
  requestHeaders.delete("authorization");
  return viewerFromHeaders(getDb(), await getAuth(requestHeaders), requestHeaders);
});

export async function requireViewer(returnTo: string): Promise<SignedInViewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** The allowed origins of browser requests to this site (for CSRF checks). */
export function allowedOrigins(requestHeaders: Headers, requestUrl?: string): string[] {
  return siteFor(requestHeaders, requestUrl).trustedOrigins;
}
