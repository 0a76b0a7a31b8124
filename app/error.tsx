"use client";
// Shown when a page fails to render. In production the error itself carries no detail (only a
// digest), so the page asks /api/v1/health whether the database is the cause, and says so plainly.
// "Try again" re-fetches the page: once the database is back, it renders with no restart.
import { useEffect, useRef, useState } from "react";

type Cause = "checking" | "database" | "other";

const MESSAGES: Record<Cause, { title: string; text: string }> = {
  checking: { title: "This page could not be loaded", text: "Something went wrong while loading this page." },
  database: {
    title: "The database is not reachable",
    text: "The database is not reachable right now; try again in a moment.",
  },
  other: {
    title: "This page could not be loaded",
    text: "Something went wrong on our side; try again in a moment.",
  },
};

async function diagnose(): Promise<Cause> {
  try {
    const response = await fetch("/api/v1/health", { cache: "no-store", headers: { accept: "application/json" } });
    if (response.ok) return "other";
    const body = (await response.json().catch(() => null)) as { database?: { reachable?: boolean } } | null;
    return body?.database?.reachable === false ? "database" : "other";
  } catch {
    return "other";
  }
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const [cause, setCause] = useState<Cause>("checking");
  const heading = useRef<HTMLHeadingElement>(null);
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;

  useEffect(() => {
    console.error(error);
    let current = true;
    void diagnose().then((found) => {
      if (current) setCause(found);
    });
    return () => {
      current = false;
    };
  }, [error]);

  useEffect(() => {
    // Keyboard and screen-reader users land on the explanation, not on a link above it.
    heading.current?.focus();
  }, []);

  const message = MESSAGES[cause];
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title" ref={heading} tabIndex={-1}>
        {message.title}
      </h1>
      <div role="alert" className="notice">
        <p>{message.text}</p>
      </div>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      </p>
      {digest ? (
        <p>
          <small>Error reference for the administrator: {digest}</small>
        </p>
      ) : null}
    </section>
  );
}
