// Teams: create, read with members, change roles, remove or leave. A team always keeps an owner.
import { randomBytes } from "node:crypto";
import { actorOf, recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import { parseInput } from "../validation/parse";
import { requireMembership, requireRole } from "./access";
import { changeRoleInput, createTeamInput } from "./schemas";

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

export async function getTeam(db: Db, viewer: SignedInViewer, teamId: string) {
  const membership = await requireMembership(db, viewer, teamId);
  const team = await db.team.findUniqueOrThrow({
    where: { id: teamId },
    select: {
      id: true,
      name: true,
      slug: true,
      createdAt: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  // Roles sort as text on SQLite but in declaration order on PostgreSQL: order them here instead.
  const rank = { OWNER: 0, FACILITATOR: 1, MEMBER: 2 } as const;
  const memberships = [...team.memberships].sort((a, b) => rank[a.role] - rank[b.role]);
  return { ...team, memberships, viewerRole: membership.role };
}

async function ownerCount(db: Db, teamId: string) {
  return db.teamMembership.count({ where: { teamId, role: "OWNER" } });
}

export async function changeMemberRole(db: Db, viewer: SignedInViewer, teamId: string, userId: string, raw: unknown) {
  const input = parseInput(changeRoleInput, raw);
  await requireRole(db, viewer, teamId, ["OWNER"]);
  const target = await db.teamMembership.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (!target) throw notFound("Member");
  if (target.role === "OWNER" && input.role !== "OWNER" && (await ownerCount(db, teamId)) === 1) {
    throw new AppError("conflict", "A team needs an owner: make someone else owner first");
  }
  return db.$transaction(async (tx) => {
    const updated = await tx.teamMembership.update({
      where: { teamId_userId: { teamId, userId } },
      data: { role: input.role },
      select: { role: true, user: { select: { id: true, name: true } } },
    });
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
    await tx.teamMembership.delete({ where: { teamId_userId: { teamId, userId } } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: userId === viewer.userId ? "team.member-left" : "team.member-removed",
      target: { type: "team", id: teamId },
      before: { userId, role: target.role },
      after: null,
    });
  });
}
