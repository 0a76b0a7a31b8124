import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { signedInAction } from "@/lib/http/action";
import { getViewer } from "@/lib/http/session";
import { acceptInvite, previewInvite } from "@/lib/teams/invites";

export const metadata: Metadata = { title: "Team invite" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ error?: string }> };

export default async function InvitePage({ params, searchParams }: Props) {
  const { token } = await params;
  const viewer = await getViewer();
  const { error } = await searchParams;
  let invite;
  try {
    invite = await previewInvite(getDb(), token);
  } catch (problem) {
    if (!(problem instanceof AppError)) throw problem;
    return (
      <div className="narrow">
        <h1>Invite unavailable</h1>
        <p>
          {problem.code === "not_found" && problem.message !== "Invite not found"
            ? problem.message
            : "This invite link is not valid. Ask the team for a new one."}
        </p>
        <p>
          <Link href="/teams">Your teams</Link>
        </p>
      </div>
    );
  }

  if (!viewer) {
    // The link is the invitation: say whose it is, and bring the person back here after signing up or in.
    const back = encodeURIComponent(`/invites/${token}`);
    return (
      <div className="narrow">
        <h1>Join {invite.team.name}</h1>
        <p className="lede">
          You are invited to {invite.team.name} as {invite.role === "FACILITATOR" ? "a facilitator" : "a member"}.
          Members see the team’s questions and take part in its calibration sessions.
        </p>
        <p>Create an account or sign in first; you will come back to this page to join.</p>
        <p>
          <Link className="button-link" href={`/sign-up?next=${back}`}>
            Create an account
          </Link>{" "}
          <Link href={`/sign-in?next=${back}`}>Sign in</Link>
        </p>
      </div>
    );
  }

  async function join() {
    "use server";
    const result = await signedInAction(({ db, viewer }) => acceptInvite(db, viewer, token));
    if (!result.ok) redirect(`/invites/${token}?error=${encodeURIComponent(result.message)}`);
    redirect(`/teams/${result.data.teamId}`);
  }

  return (
    <div className="narrow">
      <h1>Join {invite.team.name}</h1>
      <p className="lede">
        You are invited as {invite.role === "FACILITATOR" ? "a facilitator" : "a member"}. Members see the team’s
        questions and take part in its calibration sessions.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <form action={join}>
        <button type="submit">Join team</button>
      </form>
    </div>
  );
}
