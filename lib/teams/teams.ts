// Teams: create, read with members, change roles, remove or leave. A team always keeps an owner.
import { randomBytes } from "node:crypto";
import { actorOf, recordAudit } from "../audit/record";
import type { Db, DbTransaction } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { requireId } from "../validation/ids";
import { nextOffsetCursor } from "../validation/offset-cursor";
import { parseInput } from "../validation/parse";
import { requireMembership, requireRole } from "./access";
import { changeRoleInput, createTeamInput, DEFAULT_MEMBERS_PAGE, teamMembersQuery } from "./schemas";
import { invalidateTeamStandings } from "./standings";

function slugFor(name: string): string {
  const base = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${base || "team"}-${randomBytes(3).toString("hex")}`;
}

export async function createTeam(db: Db, viewer: SignedInViewer, rawInput: unknown) {
  const input = parseInput(createTeamInput, rawInput);
  return db.team.create({
    data: {
      name: input.name,
      slug: slugFor(input.name),
      memberships: { create: { userId: viewer.userId, role: "OWNER" } },
    },
  });
}

export async function listMyTeams(db: Db, viewer: SignedInViewer) {
  return db.teamMembership.findMany({
    where: { userId: viewer.userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      team: {
        select: { id: true, name: true, _count: { select: { memberships: true, questions: true, sessions: true } } },
      },
    },
  });
}

/** The team with one page of its members (oldest first: owners usually founded it). */
export async function getTeam(db: Db, viewer: SignedInViewer, teamId: string, rawPage: unknown = {}) {
  const membership = await requireMembership(db, viewer, teamId);
  const { limit = DEFAULT_MEMBERS_PAGE, cursor: offset = 0 } = parseInput(teamMembersQuery, rawPage);
  const [team, memberCount, owners] = await Promise.all([
    db.team.findUniqueOrThrow({
      where: { id: teamId },
      select: {
        id: true,
        name: true,
        slug: true,
        createdAt: true,
        memberships: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          skip: offset,
          take: limit,
          select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
        },
      },
    }),
    db.teamMembership.count({ where: { teamId } }),
    ownerCount(db, teamId),
  ]);
  return {
    ...team,
    memberCount,
    ownerCount: owners,
    nextMembersCursor: nextOffsetCursor(offset, limit, memberCount),
    viewerRole: membership.role,
  };
}

async function ownerCount(db: Db | DbTransaction, teamId: string) {
  return db.teamMembership.count({ where: { teamId, role: "OWNER" } });
}

/**
 * Changes that can take away an owner run one at a time per team, and the "a team keeps an
 * owner" rule is checked after the change, inside the same transaction. The checks before the
 * transaction only give the usual case a clear answer: two owners demoting each other (or both
 * leaving) at once would both pass them. Rewriting the owner rows to themselves is the
 * transaction's first write: it takes those rows' locks on PostgreSQL and the write lock on
 * SQLite, so the second change waits for the first to commit, then sees it.
 */
async function lockOwners(tx: DbTransaction, teamId: string) {
  await tx.teamMembership.updateMany({ where: { teamId, role: "OWNER" }, data: { role: "OWNER" } });
}

/** Under that lock: the acting owner may just have been demoted or removed by another owner. */
async function requireStillOwner(tx: DbTransaction, viewer: SignedInViewer, teamId: string) {
  const mine = await tx.teamMembership.findUnique({
    where: { teamId_userId: { teamId, userId: viewer.userId } },
    select: { role: true },
  });
  if (mine?.role !== "OWNER") throw new AppError("forbidden", "This needs the owner role in the team");
}

async function requireAnOwner(tx: DbTransaction, teamId: string, message: string) {
  if ((await ownerCount(tx, teamId)) === 0) throw new AppError("conflict", message);
}

export async function changeMemberRole(db: Db, viewer: SignedInViewer, teamId: string, userId: string, raw: unknown) {
  requireId(teamId, "teamId");
  requireId(userId, "userId");
  const input = parseInput(changeRoleInput, raw);
  await requireRole(db, viewer, teamId, ["OWNER"]);
  const target = await db.teamMembership.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (!target) throw notFound("Member");
  if (target.role === "OWNER" && input.role !== "OWNER" && (await ownerCount(db, teamId)) === 1) {
    throw new AppError("conflict", "A team needs an owner: make someone else owner first");
  }
  return db.$transaction(async (tx) => {
    await lockOwners(tx, teamId);
    await requireStillOwner(tx, viewer, teamId);
    const updated = await tx.teamMembership.update({
      where: { teamId_userId: { teamId, userId } },
      data: { role: input.role },
      select: { role: true, user: { select: { id: true, name: true } } },
    });
    await requireAnOwner(tx, teamId, "A team needs an owner: make someone else owner first");
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "team.role-changed",
      target: { type: "team", id: teamId },
      before: { userId, role: target.role },
      after: { userId, role: updated.role },
    });
    return updated;
  });
}

/** Owners remove anyone; anyone may leave. The last owner can do neither to themselves. */
export async function removeMember(db: Db, viewer: SignedInViewer, teamId: string, userId: string) {
  requireId(teamId, "teamId");
  requireId(userId, "userId");
  const mine = await requireMembership(db, viewer, teamId);
  if (userId !== viewer.userId && mine.role !== "OWNER") {
    throw new AppError("forbidden", "Only an owner can remove other members");
  }
  const target = await db.teamMembership.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (!target) throw notFound("Member");
  if (target.role === "OWNER" && (await ownerCount(db, teamId)) === 1) {
    throw new AppError("conflict", "The last owner cannot leave: make someone else owner first");
  }
  await db.$transaction(async (tx) => {
    await lockOwners(tx, teamId);
    if (userId !== viewer.userId) await requireStillOwner(tx, viewer, teamId);
    await tx.teamMembership.delete({ where: { teamId_userId: { teamId, userId } } });
    await invalidateTeamStandings(tx, teamId);
    await requireAnOwner(tx, teamId, "The last owner cannot leave: make someone else owner first");
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: userId === viewer.userId ? "team.member-left" : "team.member-removed",
      target: { type: "team", id: teamId },
      before: { userId, role: target.role },
      after: null,
    });
  });
}
