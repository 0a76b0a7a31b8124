import type { Metadata } from "next";
import Link from "next/link";
import { SESSION_STEP_LABEL } from "@/components/sessions/step-label";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { orNotFound } from "@/lib/http/page-guards";
import { requireViewer } from "@/lib/http/session";
import { listTeamSessions, questionsForNewSession } from "@/lib/sessions/sessions";
import { canFacilitate } from "@/lib/teams/access";
import { listInvites } from "@/lib/teams/invites";
import { teamIdParam } from "@/lib/teams/schemas";
import { getTeam } from "@/lib/teams/teams";
import { parseInput } from "@/lib/validation/parse";
import { TeamDashboard } from "@/components/teams/team-dashboard";
import { teamLeaderboard } from "@/lib/teams/leaderboard";
import { teamLeaderboardQuery, type TeamLeaderboardFilter } from "@/lib/teams/leaderboard-schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { InvitePanel } from "./invite-panel";
import { MemberRow } from "./member-row";
import { NewSessionForm } from "./new-session-form";

export const metadata: Metadata = { title: "Team" };
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TeamPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/teams/${id}`);
  const db = getDb();
  const team = await orNotFound(() => getTeam(db, viewer, parseInput(teamIdParam, { id }).id));
  const facilitator = canFacilitate(team.viewerRole);
  const [sessions, invites, questions] = await Promise.all([
    listTeamSessions(db, team.id),
    facilitator ? listInvites(db, viewer, team.id) : Promise.resolve([]),
    facilitator ? questionsForNewSession(db, viewer, team.id) : Promise.resolve([]),
  ]);
  const parsedFilter = teamLeaderboardQuery.safeParse(searchParamsObject(await searchParams));
  const filter: TeamLeaderboardFilter = parsedFilter.success ? parsedFilter.data : {};
  const dashboard = await teamLeaderboard(db, viewer, team.id, filter);
  const owners = team.memberships.filter((m) => m.role === "OWNER").length;

  return (
    <>
      <p className="meta">
        <Link href="/teams">← Teams</Link>
      </p>
      <h1>{team.name}</h1>
      <p className="lede">
        You are {team.viewerRole === "OWNER" ? "an owner" : `a ${team.viewerRole.toLowerCase()}`} of this team. Team
        questions and their forecasts are visible to members only.
      </p>

      {!parsedFilter.success && (
        <p className="notice" role="alert">
          The dashboard filter was not valid ({parsedFilter.error.issues[0]?.message}); showing everything.
        </p>
      )}
      <TeamDashboard data={dashboard} filter={filter} />

      <section aria-labelledby="sessions">
        <h2 id="sessions">Calibration sessions</h2>
        {sessions.length === 0 ? (
          <p className="muted">
            No session yet.{" "}
            {facilitator ? "Start one below with a few questions." : "A facilitator or owner can start one."}
          </p>
        ) : (
          <ul className="question-list">
            {sessions.map((session) => (
              <li key={session.id} className="card">
                <Link href={`/sessions/${session.id}`}>{session.title}</Link>
                <p className="meta">
                  <span>{SESSION_STEP_LABEL[session.step]}</span>
                  <span>{session._count.questions} questions</span>
                  <span>started {formatDate(session.createdAt)}</span>
                  {session.step === "CLOSED" && <Link href={`/sessions/${session.id}/report`}>Report</Link>}
                </p>
              </li>
            ))}
          </ul>
        )}
        {facilitator && (
          <NewSessionForm
            teamId={team.id}
            questions={questions.map((q) => ({
              id: q.id,
              title: q.title,
              teamQuestion: q.teamId !== null,
              resolved: q.resolvedAt !== null,
            }))}
          />
        )}
      </section>

      <section aria-labelledby="members">
        <h2 id="members">Members ({team.memberships.length})</h2>
        <table className="data-table">
          <caption className="visually-hidden">Team members and their roles</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {team.memberships.map((member) => (
              <MemberRow
                key={member.user.id}
                teamId={team.id}
                member={{
                  userId: member.user.id,
                  name: member.user.name,
                  role: member.role,
                  joined: formatDate(member.createdAt),
                }}
                isSelf={member.user.id === viewer.userId}
                viewerIsOwner={team.viewerRole === "OWNER"}
                lastOwner={member.role === "OWNER" && owners === 1}
              />
            ))}
          </tbody>
        </table>
      </section>

      {facilitator && (
        <InvitePanel
          teamId={team.id}
          invites={invites.map((invite) => ({
            id: invite.id,
            email: invite.email,
            role: invite.role,
            expiresAt: invite.expiresAt.toISOString(),
            revoked: invite.revoked,
            expired: invite.expired,
          }))}
        />
      )}

      <section aria-labelledby="team-questions">
        <h2 id="team-questions">Team questions</h2>
        <p>
          <Link href={`/questions/new?team=${team.id}`}>Write a question for this team</Link> — only members see it, and
          others’ forecasts stay hidden until you forecast.
        </p>
      </section>
    </>
  );
}
