import type { Metadata } from "next";
import Link from "next/link";
import { SESSION_STEP_LABEL } from "@/components/sessions/step-label";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { requireViewer } from "@/lib/http/session";
import { listMySessions } from "@/lib/sessions/my-sessions";

export const metadata: Metadata = { title: "Your sessions" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SessionsPage({ searchParams }: Props) {
  const viewer = await requireViewer("/sessions");
  const requested = Number((await searchParams).page ?? 1);
  const page = await listMySessions(getDb(), viewer, requested);

  return (
    <>
      <h1>Your sessions</h1>
      <p className="lede">
        Calibration sessions of the teams you belong to, newest first. A facilitator starts one from a team’s page.
      </p>
      {page.items.length === 0 ? (
        <div className="card">
          <p>
            {page.page > 1 ? "There are no more sessions." : "No session yet in your teams."}{" "}
            <Link href="/teams">Your teams</Link>
          </p>
        </div>
      ) : (
        <ul className="question-list">
          {page.items.map((session) => (
            <li key={session.id}>
              <h2>
                <Link href={`/sessions/${session.id}`}>{session.title}</Link>
              </h2>
              <p className="meta">
                <span className="badge badge-open">{SESSION_STEP_LABEL[session.step]}</span>
                <span>
                  Team <Link href={`/teams/${session.team.id}`}>{session.team.name}</Link>
                </span>
                <span>Facilitated by {session.facilitator.name}</span>
                <span>
                  {session._count.questions} {session._count.questions === 1 ? "question" : "questions"}
                </span>
                <span>Started {formatDate(session.createdAt)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <nav className="pagination" aria-label="Pages">
        {page.page > 1 && <Link href={page.page === 2 ? "/sessions" : `/sessions?page=${page.page - 1}`}>Newer</Link>}
        {page.hasNext && <Link href={`/sessions?page=${page.page + 1}`}>Older</Link>}
      </nav>
    </>
  );
}
