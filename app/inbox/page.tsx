import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { requireViewer } from "@/lib/http/session";
import { listNotifications, type InboxEntry } from "@/lib/notifications/inbox";
import { searchParamsObject } from "@/lib/validation/common";
import { markAllRead } from "./actions";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

const STEP_LABELS: Record<string, string> = {
  reveal: "moved to the reveal",
  round2: "moved to round 2",
  closed: "closed",
};

const brier = (value: number) => value.toFixed(3);

function headline(entry: InboxEntry): string {
  if (entry.kind === "session.step_changed") {
    const step = STEP_LABELS[entry.step ?? ""] ?? "moved to its next step";
    return `Session “${entry.session?.title ?? "a session"}” ${step}`;
  }
  const verb = entry.reResolved ? "was re-resolved" : "was resolved";
  return `“${entry.question?.title ?? "A question"}” ${verb}`;
}

function detail(entry: InboxEntry): string | null {
  if (entry.kind !== "question.resolved") return null;
  if (!entry.scores) return "You have no scored forecast on it.";
  const peer = entry.scores.peerScore === null ? "" : `, peer score ${entry.scores.peerScore.toFixed(1)}`;
  return `Your final Brier score ${brier(entry.scores.finalBrier)}, time-averaged ${brier(entry.scores.timeAvgBrier)}${peer}.`;
}

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const viewer = await requireViewer("/inbox");
  const query = searchParamsObject(await searchParams);
  const page = await listNotifications(getDb(), viewer, { cursor: query.cursor, limit: 50 });

  return (
    <>
      <h1>Inbox</h1>
      <p className="lede">
        {page.unreadCount > 0 ? `${page.unreadCount} unread.` : "Nothing unread."} What happened to the questions you
        forecast and to your teams’ sessions, newest first.
      </p>
      {page.unreadCount > 0 && (
        <form action={markAllRead}>
          <button type="submit">Mark all read</button>
        </form>
      )}
      {page.items.length === 0 ? (
        <div className="card">
          <p>No notifications yet.</p>
          <p className="muted">
            You will hear here when a question you forecast is resolved or re-resolved (with your scores), and when a
            calibration session of one of your teams moves to its next step.
          </p>
        </div>
      ) : (
        <ul className="inbox-list">
          {page.items.map((entry) => (
            <li key={entry.id} className={entry.readAt ? "inbox-item" : "inbox-item inbox-unread"}>
              {!entry.readAt && <span className="badge badge-open">New</span>}{" "}
              <Link href={entry.href}>{headline(entry)}</Link>
              {detail(entry) && <p className="muted">{detail(entry)}</p>}
              <p className="muted">
                <time dateTime={entry.createdAt.toISOString()}>{formatDate(entry.createdAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor && (
        <p>
          <Link href={`/inbox?cursor=${page.nextCursor}`}>Older notifications</Link>
        </p>
      )}
    </>
  );
}
