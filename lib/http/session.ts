// The Next.js side of authentication: one auth instance per process, and guards that read as
// sentences for pages and server actions.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createAuth, type Auth } from "../auth/auth";
import { instanceSecret } from "../auth/instance-secret";
import { viewerFromHeaders } from "../auth/viewer";
import { getDb } from "../db";
import type { SignedInViewer, Viewer } from "../domain/viewer";

const holder = globalThis as unknown as { workbenchAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  holder.workbenchAuth ??= (async () => createAuth(getDb(), await instanceSecret(getDb())))();
  return holder.workbenchAuth;
}

export async function getViewer(): Promise<Viewer> {
  const requestHeaders = new Headers(await headers());
  // Pages authenticate by cookie only; API keys are for /api/v1.
  requestHeaders.delete("authorization");
  return viewerFromHeaders(getDb(), await getAuth(), requestHeaders);
}

export async function requireViewer(returnTo: string): Promise<SignedInViewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return viewer;
}
