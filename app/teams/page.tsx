import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requireViewer } from "@/lib/http/session";
import { listMyTeams } from "@/lib/teams/teams";
import { CreateTeamForm } from "./create-team-form";

export const metadata: Metadata = { title: "Teams" };
export const dynamic = "force-dynamic";

export default async function TeamsPage() {
  const viewer = await requireViewer("/teams");
  const teams = await listMyTeams(getDb(), viewer);
  return (
    <>
      <h1>Teams</h1>
      <p className="lede">
        A team shares private questions and runs calibration sessions: a blind round, the reveal of the spread and the
        reasons, a discussion, an update, and everyone’s calibration at the end.
      </p>
      {teams.length === 0 ? (
        <p className="card">
          You are not in a team yet. Create one below, or open an invite link a colleague sent you.
        </p>
      ) : (
        <ul className="question-list">
          {teams.map(({ team, role }) => (
            <li key={team.id} className="card">
              <Link href={`/teams/${team.id}`}>{team.name}</Link>
              <p className="meta">
                <span>Your role: {role.toLowerCase()}</span>
                <span>{team._count.memberships} members</span>
                <span>{team._count.sessions} sessions</span>
                <span>{team._count.questions} team questions</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2>Create a team</h2>
      <CreateTeamForm />
    </>
  );
}
