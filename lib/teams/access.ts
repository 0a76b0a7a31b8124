// Team membership checks. Non-members are told "not found", never "forbidden", so probing an id
// reveals nothing about a team's existence or contents.
import type { Db } from "../db/client";
import type { SignedInViewer } from "../domain/viewer";
import { AppError, notFound } from "../errors";
import type { TeamRoleName } from "./schemas";

export async function requireMembership(db: Db, viewer: SignedInViewer, teamId: string) {
  const membership = await db.teamMembership.findUnique({
    where: { teamId_userId: { teamId, userId: viewer.userId } },
    select: { role: true, team: { select: { id: true, name: true, slug: true } } },
  });
  if (!membership) throw notFound("Team");
  return membership;
}

export const canFacilitate = (role: TeamRoleName) => role === "OWNER" || role === "FACILITATOR";

export async function requireRole(db: Db, viewer: SignedInViewer, teamId: string, allowed: TeamRoleName[]) {
  const membership = await requireMembership(db, viewer, teamId);
  if (!allowed.includes(membership.role)) {
    throw new AppError(
      "forbidden",
      `This needs the ${allowed.map((r) => r.toLowerCase()).join(" or ")} role in the team`,
    );
  }
  return membership;
}
