import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getDb } from "@/lib/db";
import { getViewer } from "@/lib/http/session";
import { unreadNotificationCount } from "@/lib/notifications/inbox";
import { NotificationBell } from "@/components/layout/notification-bell";
import { SiteMenu } from "@/components/layout/site-menu";
import { signOut } from "./(auth)/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Forecast Workbench", template: "%s · Forecast Workbench" },
  description:
    "Turn predictions stated in words into explicit forecast questions, log estimates, resolve and score them.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  const unread = viewer ? await unreadNotificationCount(getDb(), viewer) : 0;
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Forecast Workbench
          </Link>
          {viewer && <NotificationBell unread={unread} />}
          <SiteMenu>
            <nav aria-label="Main">
              <ul>
                <li>
                  <Link href="/questions">Questions</Link>
                </li>
                <li>
                  <Link href="/forecast">Quick entry</Link>
                </li>
                <li>
                  <Link href="/sources">Sources</Link>
                </li>
                <li>
                  <Link href="/review">2017 review</Link>
                </li>
                <li>
                  <Link href="/practice">Practice</Link>
                </li>
                {viewer && (
                  <>
                    <li>
                      <Link href="/teams">Teams</Link>
                    </li>
                    <li>
                      <Link href="/resolve">Needs resolution</Link>
                    </li>
                    <li>
                      <Link href="/me">Track record</Link>
                    </li>
                    {viewer.role === "ADMIN" && (
                      <li>
                        <Link href="/admin">Admin</Link>
                      </li>
                    )}
                  </>
                )}
              </ul>
            </nav>
            <div className="account">
              {viewer ? (
                <>
                  <Link
                    href="/settings"
                    aria-label={`Settings for ${viewer.name}${viewer.role === "ADMIN" ? " (admin)" : ""}`}
                  >
                    {viewer.name}
                    {viewer.role === "ADMIN" ? " (admin)" : ""}
                  </Link>
                  <form action={signOut}>
                    <button type="submit" className="link-button">
                      Sign out
                    </button>
                  </form>
                </>
              ) : (
                <>
                  <Link href="/sign-in">Sign in</Link>
                  <Link href="/sign-up" className="button-link">
                    Sign up
                  </Link>
                </>
              )}
            </div>
          </SiteMenu>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Excerpts are short quotations from the cited articles, used for analysis; the full texts belong to their
            publishers. <Link href="/estimative-words">How words become numbers</Link>.{" "}
            <Link href="/developers/api">API reference</Link>.
          </p>
        </footer>
      </body>
    </html>
  );
}
