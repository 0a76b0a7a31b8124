import type { Metadata } from "next";
import { ExportLinks } from "@/components/exports/export-links";
import Link from "next/link";
import { SESSION_STEP_LABEL } from "@/components/sessions/step-label";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { orNotFound } from "@/lib/http/page-guards";
import { requireViewer } from "@/lib/http/session";
import { listTeamSessions, questionsForNewSession } from "@/lib/sessions/sessions";
import { canFacilitate } from "@/lib/teams/access";
import { listInvites } from "@/lib/teams/invites";
import { teamIdParam, teamMembersQuery } from "@/lib/teams/schemas";
import { getTeam } from "@/lib/teams/teams";
import { parseInput } from "@/lib/validation/parse";
import { TeamDashboard } from "@/components/teams/team-dashboard";
import { teamLeaderboard } from "@/lib/teams/leaderboard";
import { teamLeaderboardQuery } from "@/lib/teams/leaderboard-schemas";
import { searchParamsObject } from "@/lib/validation/common";
import { InvitePanel } from "./invite-panel";
import { MemberRow } from "./member-row";
import { NewSessionForm } from "./new-session-form";
import { ScrollBox } from "@/components/scroll-box";

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
  const query = searchParamsObject(await searchParams);
  const membersPage = teamMembersQuery.safeParse({ cursor: query.membersCursor });
  const team = await orNotFound(() =>
    getTeam(db, viewer, parseInput(teamIdParam, { id }).id, membersPage.success ? membersPage.data : {}),
  );
  const facilitator = canFacilitate(team.viewerRole);
  const [sessions, invites, questions] = await Promise.all([
    listTeamSessions(db, team.id),
    facilitator ? listInvites(db, viewer, team.id) : Promise.resolve([]),
    facilitator ? questionsForNewSession(db, viewer, team.id) : Promise.resolve([]),
  ]);
  const parsedFilter = teamLeaderboardQuery.safeParse(query);
  const { limit, cursor: offset = 0, ...filter } = parsedFilter.success ? parsedFilter.data : {};
  const dashboard = await teamLeaderboard(db, viewer, team.id, parsedFilter.success ? query : {});
  const membersOffset = membersPage.success ? (membersPage.data.cursor ?? 0) : 0;

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
      <ExportLinks label="Download the team's forecasts with their scores" target={{ scope: "team", id: team.id }} />

      {!parsedFilter.success && (
        <p className="notice" role="alert">
          The dashboard filter was not valid ({parsedFilter.error.issues[0]?.message}); showing everything.
        </p>
      )}
      <TeamDashboard data={dashboard} filter={{ ...filter, ...(limit ? { limit } : {}) }} offset={offset} />

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
        <h2 id="members">Members ({team.memberCount})</h2>
        <ScrollBox label="Team members">
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
                  lastOwner={member.role === "OWNER" && team.ownerCount === 1}
                />
              ))}
            </tbody>
          </table>
        </ScrollBox>
        {team.memberCount > team.memberships.length && (
          <nav className="pagination" aria-label="Member pages">
            <span className="muted">
              Members {membersOffset + 1}–{membersOffset + team.memberships.length} of {team.memberCount}, oldest first
            </span>
            {membersOffset > 0 && <Link href={`/teams/${team.id}#members`}>First page</Link>}
            {team.nextMembersCursor && (
              <Link href={`/teams/${team.id}?membersCursor=${team.nextMembersCursor}#members`}>Next members</Link>
            )}
          </nav>
        )}
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
