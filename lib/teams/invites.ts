// Invites: a link with a random token (only its hash is stored) that expires and can be revoked.
// An invite naming an email can only be accepted by the account with that email, and only if
// that account already existed when the invite was sent (see acceptInvite).
import { createHash, randomBytes } from "node:crypto";
import { actorOf, recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { requireId } from "../validation/ids";
import { parseInput } from "../validation/parse";
import { requireRole } from "./access";
import { createInviteInput, inviteTokenParam } from "./schemas";
import { invalidateTeamStandings } from "./standings";

const DAY_MS = 86_400_000;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createInvite(
  db: Db,
  viewer: SignedInViewer,
  teamId: string,
  rawInput: unknown,
  origin: string,
  now = new Date(),
) {
  requireId(teamId, "teamId");
  const input = parseInput(createInviteInput, rawInput);
  await requireRole(db, viewer, teamId, ["OWNER", "FACILITATOR"]);
  const token = randomBytes(24).toString("base64url");
  const invite = await db.$transaction(async (tx) => {
    const created = await tx.teamInvite.create({
      data: {
        teamId,
        tokenHash: hashToken(token),
        email: input.email ?? null,
        role: input.role,
        expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
        createdById: viewer.userId,
      },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "invite.created",
      target: { type: "invite", id: created.id },
      after: { teamId, email: created.email, role: created.role, expiresAt: created.expiresAt },
    });
    return created;
  });
  return { id: invite.id, token, url: `${origin}/invites/${token}`, expiresAt: invite.expiresAt, role: invite.role };
}

/** The team's 50 newest invites, each with whether it can still be used at `now`. */
export async function listInvites(db: Db, viewer: SignedInViewer, teamId: string, now = new Date()) {
  await requireRole(db, viewer, teamId, ["OWNER", "FACILITATOR"]);
  const invites = await db.teamInvite.findMany({
    where: { teamId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 50,
    select: { id: true, email: true, role: true, expiresAt: true, revokedAt: true, createdAt: true },
  });
  return invites.map((invite) => ({
    ...invite,
    revoked: invite.revokedAt !== null,
    expired: invite.expiresAt.getTime() <= now.getTime(),
  }));
}

export async function revokeInvite(db: Db, viewer: SignedInViewer, teamId: string, inviteId: string) {
  requireId(teamId, "teamId");
  requireId(inviteId, "inviteId");
  await requireRole(db, viewer, teamId, ["OWNER", "FACILITATOR"]);
  const invite = await db.teamInvite.findFirst({ where: { id: inviteId, teamId } });
  if (!invite) throw notFound("Invite");
  if (invite.revokedAt) return;
  await db.$transaction(async (tx) => {
    const revoked = await tx.teamInvite.update({ where: { id: invite.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "invite.revoked",
      target: { type: "invite", id: invite.id },
      before: { teamId, revokedAt: null },
      after: { teamId, revokedAt: revoked.revokedAt },
    });
  });
}

/** What an invite link offers, for the page that asks the user to accept it. */
export async function previewInvite(db: Db, token: string, now = new Date()) {
  parseInput(inviteTokenParam, { token });
  const invite = await db.teamInvite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      team: { select: { id: true, name: true } },
    },
  });
  if (!invite) throw notFound("Invite");
  if (invite.revokedAt) throw new AppError("not_found", "This invite was revoked; ask for a new one");
  if (invite.expiresAt <= now) throw new AppError("not_found", "This invite has expired; ask for a new one");
  return invite;
}

export async function acceptInvite(db: Db, viewer: SignedInViewer, token: string, now = new Date()) {
  const invite = await previewInvite(db, token, now);
  if (invite.email) {
    // Nobody's address is verified by mail (there is no mail server), so a matching address
    // alone proves nothing: whoever sees an invite for someone not yet signed up could register
    // that address first and take the invite. So an email-bound invite goes to the account that
    // held the address when the invite was sent (addresses cannot be changed afterwards), or to
    // one whose address an administrator marked as verified. Someone who signs up after the
    // invite needs a new invite, sent now that their account exists.
    const user = await db.user.findUniqueOrThrow({
      where: { id: viewer.userId },
      select: { email: true, emailVerified: true, createdAt: true },
    });
    if (user.email.toLowerCase() !== invite.email) {
      throw new AppError("forbidden", "This invite is for another email address; sign in with that account");
    }
    if (!user.emailVerified && user.createdAt.getTime() >= invite.createdAt.getTime()) {
      throw new AppError(
        "forbidden",
        "This invite names an address that had no account before the invite was sent, and addresses are not verified by mail: ask the team for a new invite now that your account exists (or an administrator to verify your address)",
      );
    }
  }
  const existing = await db.teamMembership.findUnique({
    where: { teamId_userId: { teamId: invite.team.id, userId: viewer.userId } },
  });
  if (existing) return { teamId: invite.team.id, role: existing.role, alreadyMember: true };
  const membership = await db.$transaction(async (tx) => {
    const joined = await tx.teamMembership.create({
      data: { teamId: invite.team.id, userId: viewer.userId, role: invite.role },
    });
    await invalidateTeamStandings(tx, invite.team.id);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "invite.accepted",
      target: { type: "invite", id: invite.id },
      before: null,
      after: { teamId: invite.team.id, userId: viewer.userId, role: joined.role },
    });
    return joined;
  });
  return { teamId: invite.team.id, role: membership.role, alreadyMember: false };
}
