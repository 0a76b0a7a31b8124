"use client";
// Replaces the whole document when the root layout itself fails (it reads the signed-in viewer,
// so an unreachable database lands here): the same explanation and retry as app/error.tsx.
import Link from "next/link";
import ErrorPage from "./error";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Unavailable · Forecast Workbench</title>
        <header className="site-header">
          <Link href="/" className="brand">
            Forecast Workbench
          </Link>
        </header>
        <main id="main" tabIndex={-1}>
          <ErrorPage error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
